// Spawns a vector of worker threads that each fill their own slot of a shared
// result array, then joins them all in a loop.
#include <algorithm>
#include <iostream>
#include <thread>
#include <vector>

int main() {
  const int nthreads = 6;
  std::vector<std::vector<int>> results(nthreads);
  std::vector<std::thread> pool;
  pool.reserve(nthreads);

  for (int id = 0; id < nthreads; ++id) {
    pool.emplace_back([id, &results] {
      auto &mine = results[id];
      for (int i = 0; i < 1000; ++i)
        if (i % nthreads == id)
          mine.push_back(i);
    });
  }
  for (std::thread &t : pool) {
    if (t.joinable())
      t.join();
  }

  std::vector<int> merged;
  for (auto &r : results)
    merged.insert(merged.end(), r.begin(), r.end());
  std::sort(merged.begin(), merged.end());

  bool ok = merged.size() == 1000;
  for (int i = 0; ok && i < 1000; ++i)
    ok = merged[i] == i;
  std::cout << "merged " << merged.size() << " items from " << pool.size()
            << " threads: " << (ok ? "ok" : "BAD") << '\n';
  return ok ? 0 : 1;
}
