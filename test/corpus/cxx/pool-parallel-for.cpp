// A parallel_for helper that splits an index range into chunks claimed
// dynamically via an atomic cursor by a set of jthreads.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <functional>
#include <thread>
#include <vector>

void parallel_for(std::size_t begin, std::size_t end,
                  const std::function<void(std::size_t)> &body,
                  unsigned threads = 4, std::size_t grain = 64) {
  std::atomic<std::size_t> next{begin};
  {
    std::vector<std::jthread> team;
    for (unsigned t = 0; t < threads; ++t) {
      team.emplace_back([&] {
        for (;;) {
          std::size_t lo = next.fetch_add(grain);
          if (lo >= end)
            return;
          std::size_t hi = std::min(end, lo + grain);
          for (std::size_t i = lo; i < hi; ++i)
            body(i);
        }
      });
    }
  } // jthreads join here
}

int main() {
  std::vector<double> xs(5000), ys(5000);
  for (std::size_t i = 0; i < xs.size(); ++i)
    xs[i] = static_cast<double>(i);

  parallel_for(0, xs.size(), [&](std::size_t i) { ys[i] = std::sqrt(xs[i]); });

  bool ok = true;
  for (std::size_t i = 0; i < ys.size(); ++i)
    ok = ok && ys[i] == std::sqrt(static_cast<double>(i));
  std::printf("parallel_for over %zu items: %s (ys[2500]=%.3f)\n", ys.size(),
              ok ? "ok" : "mismatch", ys[2500]);
  return ok ? 0 : 1;
}
