// Uses std::mutex::try_lock (via unique_lock with try_to_lock) so an
// opportunistic flusher skips work when another thread holds the lock.
#include <atomic>
#include <cstdio>
#include <future>
#include <mutex>
#include <thread>

int main() {
  std::mutex flush_mutex;
  std::atomic<int> flushed{0}, skipped{0};

  auto try_flush = [&] {
    std::unique_lock<std::mutex> lk(flush_mutex, std::try_to_lock);
    if (!lk.owns_lock()) {
      skipped.fetch_add(1);
      return false;
    }
    flushed.fetch_add(1);
    return true;
  };

  std::promise<void> locked, done;
  std::thread holder([&] {
    std::lock_guard<std::mutex> lk(flush_mutex);
    locked.set_value();
    done.get_future().wait();
  });
  locked.get_future().wait();
  bool r1 = try_flush(); // must skip: holder owns the mutex
  done.set_value();
  holder.join();
  bool r2 = try_flush(); // now free

  std::printf("first attempt %s, second attempt %s (flushed=%d skipped=%d)\n",
              r1 ? "flushed" : "skipped", r2 ? "flushed" : "skipped",
              flushed.load(), skipped.load());
  return (!r1 && r2) ? 0 : 1;
}
