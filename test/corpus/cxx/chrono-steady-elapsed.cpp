// Measures elapsed wall time of a code section with std::chrono::steady_clock
// in a small RAII ScopeTimer, as profiling helpers do.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

class ScopeTimer {
public:
  ScopeTimer(const char *label, std::chrono::microseconds &out)
      : label_(label), out_(out), start_(std::chrono::steady_clock::now()) {}
  ~ScopeTimer() {
    out_ = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - start_);
    std::printf("%s took %s\n", label_,
                out_.count() >= 0 ? "a non-negative time" : "negative time?!");
  }

private:
  const char *label_;
  std::chrono::microseconds &out_;
  std::chrono::steady_clock::time_point start_;
};

int main() {
  static_assert(std::chrono::steady_clock::is_steady);
  std::chrono::microseconds sort_time{}, sleep_time{};
  {
    ScopeTimer t("sorting", sort_time);
    std::vector<std::string> v;
    for (int i = 0; i < 2000; ++i)
      v.push_back(std::to_string((i * 7919) % 2000));
    std::sort(v.begin(), v.end());
  }
  {
    ScopeTimer t("sleeping 3ms", sleep_time);
    std::this_thread::sleep_for(std::chrono::milliseconds(3));
  }
  return (sort_time.count() >= 0 && sleep_time >= std::chrono::milliseconds(3))
             ? 0
             : 1;
}
