// Uses std::condition_variable_any with a user-defined BasicLockable (a spin
// lock that counts acquisitions), which plain condition_variable cannot accept.
#include <atomic>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <thread>

class CountingSpinLock {
public:
  void lock() {
    while (flag_.test_and_set(std::memory_order_acquire))
      std::this_thread::yield();
    ++acquisitions_;
  }
  void unlock() { flag_.clear(std::memory_order_release); }
  long acquisitions() const { return acquisitions_; }

private:
  std::atomic_flag flag_ = ATOMIC_FLAG_INIT;
  long acquisitions_ = 0;
};

int main() {
  CountingSpinLock lock;
  std::condition_variable_any cv;
  int stage = 0;

  std::thread worker([&] {
    std::unique_lock<CountingSpinLock> lk(lock);
    cv.wait(lk, [&] { return stage == 1; });
    stage = 2;
    cv.notify_all();
  });

  {
    std::lock_guard<CountingSpinLock> lk(lock);
    stage = 1;
  }
  cv.notify_all();
  {
    std::unique_lock<CountingSpinLock> lk(lock);
    cv.wait(lk, [&] { return stage == 2; });
  }
  worker.join();
  std::cout << "stage=" << stage << " lock acquired "
            << (lock.acquisitions() >= 3 ? ">=3" : "<3") << " times\n";
  return stage == 2 ? 0 : 1;
}
