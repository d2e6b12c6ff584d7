// Passes output parameters to a thread with std::ref/std::cref, since
// std::thread copies its arguments by default.
#include <cstdio>
#include <map>
#include <string>
#include <thread>
#include <vector>

void word_count(const std::vector<std::string> &words,
                std::map<std::string, int> &counts, int &total) {
  for (const auto &w : words) {
    ++counts[w];
    ++total;
  }
}

int main() {
  const std::vector<std::string> words{"a", "b", "a", "c", "b", "a"};
  std::map<std::string, int> counts;
  int total = 0;

  std::thread t(word_count, std::cref(words), std::ref(counts),
                std::ref(total));
  t.join();

  for (const auto &[w, c] : counts)
    std::printf("%s: %d\n", w.c_str(), c);
  std::printf("total %d\n", total);
  return (total == 6 && counts["a"] == 3 && counts["b"] == 2 &&
          counts["c"] == 1)
             ? 0
             : 1;
}
