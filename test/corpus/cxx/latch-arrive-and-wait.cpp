// Workers each load a shard and call latch::arrive_and_wait so nobody proceeds
// to the merge step until every shard is loaded.
#include <cstdio>
#include <latch>
#include <mutex>
#include <numeric>
#include <thread>
#include <vector>

int main() {
  const int shards = 3;
  std::vector<std::vector<int>> data(shards);
  std::latch all_loaded(shards);
  std::vector<int> merged_view_size(shards, 0);

  std::vector<std::thread> ts;
  for (int s = 0; s < shards; ++s) {
    ts.emplace_back([&, s] {
      data[s].resize(10 * (s + 1));
      std::iota(data[s].begin(), data[s].end(), 0);
      all_loaded.arrive_and_wait(); // count down and block until zero
      int total = 0;                // safe: every shard is now written
      for (auto &d : data)
        total += static_cast<int>(d.size());
      merged_view_size[s] = total;
    });
  }
  for (auto &t : ts)
    t.join();

  bool ok = all_loaded.try_wait();
  for (int v : merged_view_size)
    ok = ok && v == 60;
  std::printf("each worker saw %d rows across %d shards; latch open=%d\n",
              merged_view_size[0], shards, all_loaded.try_wait());
  return ok ? 0 : 1;
}
