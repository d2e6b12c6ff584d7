// Uses a std::latch as a one-shot start gate plus a second latch as a
// completion gate, like benchmark harnesses that start workers together.
#include <chrono>
#include <iostream>
#include <latch>
#include <thread>
#include <vector>

int main() {
  const int workers = 4;
  std::latch ready(workers);    // workers -> main: "I'm set up"
  std::latch go(1);             // main -> workers: "start now"
  std::latch finished(workers); // workers -> main: "done"
  std::vector<long> results(workers);
  std::vector<std::thread> ts;

  for (int w = 0; w < workers; ++w) {
    ts.emplace_back([&, w] {
      std::vector<int> local(1000, w); // per-worker setup
      ready.count_down();
      go.wait();
      long s = 0;
      for (int v : local)
        s += v;
      results[w] = s;
      finished.count_down();
    });
  }

  ready.wait();
  auto t0 = std::chrono::steady_clock::now();
  go.count_down();
  finished.wait();
  auto elapsed = std::chrono::steady_clock::now() - t0;
  for (auto &t : ts)
    t.join();

  long total = 0;
  for (long r : results)
    total += r;
  std::cout << "total=" << total
            << " measured=" << (elapsed.count() >= 0 ? "yes" : "no") << '\n';
  return total == 1000L * (0 + 1 + 2 + 3) ? 0 : 1;
}
