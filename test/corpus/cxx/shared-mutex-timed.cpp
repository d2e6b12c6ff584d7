// Uses std::shared_timed_mutex: readers hold shared locks concurrently while a
// writer's try_lock_for times out until they leave.
#include <chrono>
#include <cstdio>
#include <latch>
#include <mutex>
#include <shared_mutex>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

int main() {
  std::shared_timed_mutex snapshot_lock;
  std::latch readers_in(3), readers_may_leave(1);
  std::vector<std::thread> readers;

  for (int i = 0; i < 3; ++i) {
    readers.emplace_back([&] {
      std::shared_lock<std::shared_timed_mutex> lk(
          snapshot_lock); // all three at once
      readers_in.count_down();
      readers_may_leave.wait();
    });
  }
  readers_in.wait();

  bool writer_got_it = snapshot_lock.try_lock_for(10ms);
  bool another_reader = snapshot_lock.try_lock_shared_for(10ms);
  if (another_reader)
    snapshot_lock.unlock_shared();
  std::printf("with 3 readers inside: writer=%d extra reader=%d\n",
              writer_got_it, another_reader);

  readers_may_leave.count_down();
  for (auto &t : readers)
    t.join();

  std::unique_lock<std::shared_timed_mutex> w(snapshot_lock, std::defer_lock);
  bool writer_later = w.try_lock_for(1s);
  std::printf("after readers left: writer=%d\n", writer_later);
  return (!writer_got_it && another_reader && writer_later) ? 0 : 1;
}
