// Fans out many std::async tasks into a vector of futures and gathers their
// results in order.
#include <cstdio>
#include <future>
#include <string>
#include <vector>

struct FileStat {
  std::string name;
  std::size_t lines;
};

static FileStat analyse(std::string name, int seed) {
  std::size_t lines = 0;
  for (int i = 0; i < 1000 + seed; ++i)
    if (i % 7 == 0)
      ++lines;
  return {std::move(name), lines};
}

int main() {
  std::vector<std::future<FileStat>> pending;
  for (int i = 0; i < 12; ++i)
    pending.push_back(std::async(std::launch::async, analyse,
                                 "src/file" + std::to_string(i) + ".cc", i));

  std::size_t total = 0;
  for (auto &f : pending) {
    FileStat s = f.get();
    total += s.lines;
  }
  std::printf("analysed %zu files, %zu lines total\n", pending.size(), total);
  std::size_t expect = 0;
  for (int i = 0; i < 12; ++i)
    expect += (1000 + i + 6) / 7;
  return total == expect ? 0 : 1;
}
