// Runs an iterative simulation in lock-step phases using std::barrier whose
// completion function swaps buffers between phases.
#include <barrier>
#include <cstdio>
#include <thread>
#include <vector>

int main() {
  const int n = 16, workers = 4, steps = 10;
  std::vector<double> cur(n, 0.0), next(n, 0.0);
  cur[0] = 100.0; // heat source at the left end
  int phases = 0;

  auto on_phase_done = [&]() noexcept {
    cur.swap(next);
    cur[0] = 100.0;
    ++phases;
  };
  std::barrier sync(workers, on_phase_done);

  std::vector<std::thread> ts;
  for (int w = 0; w < workers; ++w) {
    ts.emplace_back([&, w] {
      int lo = w * n / workers, hi = (w + 1) * n / workers;
      for (int step = 0; step < steps; ++step) {
        for (int i = lo; i < hi; ++i) {
          double l = i > 0 ? cur[i - 1] : cur[i];
          double r = i < n - 1 ? cur[i + 1] : cur[i];
          next[i] = (l + cur[i] + r) / 3.0;
        }
        sync.arrive_and_wait();
      }
    });
  }
  for (auto &t : ts)
    t.join();

  std::printf("after %d phases: T[0]=%.1f T[1]=%.3f T[15]=%.6f\n", phases,
              cur[0], cur[1], cur[15]);
  // heat spreads at most one cell per step
  return (phases == steps && cur[1] > 0 && cur[11] == 0.0) ? 0 : 1;
}
