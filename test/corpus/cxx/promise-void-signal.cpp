// Uses std::promise<void> as a one-shot "ready" signal: workers block on a
// shared_future until the coordinator fires it.
#include <atomic>
#include <future>
#include <iostream>
#include <thread>
#include <vector>

int main() {
  std::promise<void> start;
  std::shared_future<void> start_signal(start.get_future());
  std::vector<std::promise<void>> ready(3);
  std::atomic<int> ran_before_start{0}, ran{0};
  std::atomic<bool> started{false};

  std::vector<std::thread> ts;
  for (int i = 0; i < 3; ++i) {
    ts.emplace_back([&, i] {
      ready[i].set_value(); // tell coordinator we're parked
      start_signal.wait();
      if (!started.load())
        ran_before_start.fetch_add(1);
      ran.fetch_add(1);
    });
  }
  for (auto &r : ready)
    r.get_future().wait();
  std::cout << "all workers parked; firing start\n";
  started = true;
  start.set_value();
  for (auto &t : ts)
    t.join();

  std::cout << "ran=" << ran << " early=" << ran_before_start << '\n';
  return (ran == 3 && ran_before_start == 0) ? 0 : 1;
}
