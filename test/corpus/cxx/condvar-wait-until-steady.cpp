// Waits with condition_variable::wait_until against a steady_clock deadline
// computed once, so retries in a loop share one overall budget.
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

struct Gate {
  std::mutex m;
  std::condition_variable cv;
  int tokens = 0;

  // Acquire `n` tokens before `deadline`; returns how many were obtained.
  int acquire(int n, Clock::time_point deadline) {
    int got = 0;
    std::unique_lock<std::mutex> lk(m);
    while (got < n) {
      if (!cv.wait_until(lk, deadline, [&] { return tokens > 0; }))
        break;
      --tokens;
      ++got;
    }
    return got;
  }
  void release(int n) {
    {
      std::lock_guard<std::mutex> lk(m);
      tokens += n;
    }
    cv.notify_all();
  }
};

int main() {
  Gate g;
  std::thread feeder([&] { g.release(2); });
  int got = g.acquire(3, Clock::now() + 30ms); // only 2 will ever arrive
  feeder.join();
  std::printf("acquired %d of 3 before the deadline\n", got);

  g.release(3);
  int got2 = g.acquire(3, Clock::now() + 5s);
  std::printf("second round acquired %d of 3\n", got2);
  return (got == 2 && got2 == 3) ? 0 : 1;
}
