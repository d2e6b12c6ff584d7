// Sizes a worker count from std::thread::hardware_concurrency (falling back
// when it reports 0) and splits work accordingly.
#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

static unsigned pick_worker_count(std::size_t items) {
  unsigned hw = std::thread::hardware_concurrency();
  if (hw == 0)
    hw = 2;
  return static_cast<unsigned>(std::min<std::size_t>(std::max(1u, hw), items));
}

int main() {
  std::vector<double> data(10000);
  for (std::size_t i = 0; i < data.size(); ++i)
    data[i] = static_cast<double>(i);

  unsigned n = pick_worker_count(data.size());
  std::printf("hardware_concurrency=%u, using %u workers\n",
              std::thread::hardware_concurrency(), n);

  std::vector<double> partial(n, 0.0);
  std::vector<std::thread> ts;
  std::size_t chunk = (data.size() + n - 1) / n;
  for (unsigned w = 0; w < n; ++w) {
    ts.emplace_back([&, w] {
      std::size_t b = w * chunk, e = std::min(data.size(), b + chunk);
      for (std::size_t i = b; i < e; ++i)
        partial[w] += data[i];
    });
  }
  for (auto &t : ts)
    t.join();

  double sum = 0;
  for (double p : partial)
    sum += p;
  std::printf("sum=%.0f\n", sum);
  return sum == 49995000.0 ? 0 : 1;
}
