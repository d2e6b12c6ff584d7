// Uses C++20 std::atomic_ref to update elements of an ordinary array atomically
// from several threads (a parallel histogram).
#include <atomic>
#include <iostream>
#include <thread>
#include <vector>

int main() {
  alignas(std::atomic_ref<int>::required_alignment) int histogram[10] = {};
  std::vector<int> samples(20000);
  for (std::size_t i = 0; i < samples.size(); ++i)
    samples[i] = static_cast<int>((i * 37) % 100);

  std::vector<std::thread> ts;
  const std::size_t chunk = samples.size() / 4;
  for (int t = 0; t < 4; ++t)
    ts.emplace_back([&, t] {
      for (std::size_t i = t * chunk; i < (t + 1) * chunk; ++i) {
        std::atomic_ref<int> bucket(histogram[samples[i] / 10]);
        bucket.fetch_add(1, std::memory_order_relaxed);
      }
    });
  for (auto &t : ts)
    t.join();

  int total = 0;
  for (int b = 0; b < 10; ++b) {
    std::cout << "[" << b * 10 << "-" << b * 10 + 9 << "] " << histogram[b]
              << '\n';
    total += histogram[b];
  }
  bool even = true;
  for (int b : histogram)
    even = even && b == 2000;
  return (total == 20000 && even) ? 0 : 1;
}
