// A minimal spinlock on std::atomic_flag (test_and_set/clear with
// acquire/release, C++20 test() for the read-only spin) used via lock_guard.
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

class SpinLock {
public:
  void lock() noexcept {
    for (;;) {
      if (!flag_.test_and_set(std::memory_order_acquire))
        return;
      while (flag_.test(std::memory_order_relaxed))
        std::this_thread::yield();
    }
  }
  bool try_lock() noexcept {
    return !flag_.test_and_set(std::memory_order_acquire);
  }
  void unlock() noexcept { flag_.clear(std::memory_order_release); }

private:
  std::atomic_flag flag_; // C++20: default-initialised to clear
};

int main() {
  SpinLock lock;
  std::vector<int> log;
  std::vector<std::thread> ts;
  for (int t = 0; t < 3; ++t)
    ts.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) {
        std::lock_guard<SpinLock> g(lock);
        log.push_back(t);
      }
    });
  for (auto &t : ts)
    t.join();

  bool free_now = lock.try_lock();
  if (free_now)
    lock.unlock();
  std::printf("log entries=%zu, lock free afterwards=%d\n", log.size(),
              free_now);
  return (log.size() == 6000 && free_now) ? 0 : 1;
}
