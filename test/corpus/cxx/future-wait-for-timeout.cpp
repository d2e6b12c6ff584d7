// Polls a future with wait_for to implement a timeout: a short wait reports
// timeout while a slow task runs, then the result arrives.
#include <chrono>
#include <cstdio>
#include <future>
#include <thread>

using namespace std::chrono_literals;

int main() {
  std::promise<void> release;
  auto gate = release.get_future();

  auto slow = std::async(std::launch::async, [g = std::move(gate)]() mutable {
    g.wait(); // blocks until main lets it finish
    return 99;
  });

  std::future_status st = slow.wait_for(5ms);
  std::printf("first wait: %s\n",
              st == std::future_status::timeout ? "timeout" : "ready");
  if (st != std::future_status::timeout)
    return 1;

  release.set_value();
  int polls = 0;
  while (slow.wait_for(10ms) != std::future_status::ready)
    ++polls;
  int v = slow.get();
  std::printf("result %d after extra polls\n", v);
  (void)polls;
  return v == 99 ? 0 : 1;
}
