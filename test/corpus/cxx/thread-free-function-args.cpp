// Starts threads on a free function taking arguments by value (a string and a
// range), the way simple batch jobs are split up.
#include <iostream>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

static std::vector<long> g_partial(4);

void sum_range(std::string label, int slot, long from, long to) {
  long s = 0;
  for (long i = from; i < to; ++i)
    s += i;
  g_partial[slot] = s;
  // Output from workers is collected by main; label is kept for diagnostics.
  if (label.empty())
    std::cerr << "missing label\n";
}

int main() {
  const long n = 100000;
  std::vector<std::thread> workers;
  for (int i = 0; i < 4; ++i) {
    long from = n * i / 4, to = n * (i + 1) / 4;
    workers.emplace_back(sum_range, "chunk-" + std::to_string(i), i, from, to);
  }
  for (auto &w : workers)
    w.join();

  long total = std::accumulate(g_partial.begin(), g_partial.end(), 0L);
  long expect = n * (n - 1) / 2;
  std::cout << "total=" << total << " expected=" << expect << '\n';
  return total == expect ? 0 : 1;
}
