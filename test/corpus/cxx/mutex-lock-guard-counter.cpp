// Protects a shared statistics object with a std::mutex member locked through
// std::lock_guard in every method.
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

class RequestStats {
public:
  void record(int status, int latency_ms) {
    std::lock_guard<std::mutex> guard(mu_);
    ++count_;
    if (status >= 500)
      ++errors_;
    total_latency_ += latency_ms;
  }
  void snapshot(long &count, long &errors, long &latency) const {
    std::lock_guard<std::mutex> guard(mu_);
    count = count_;
    errors = errors_;
    latency = total_latency_;
  }

private:
  mutable std::mutex mu_;
  long count_ = 0, errors_ = 0, total_latency_ = 0;
};

int main() {
  RequestStats stats;
  std::vector<std::thread> handlers;
  for (int t = 0; t < 4; ++t) {
    handlers.emplace_back([&stats, t] {
      for (int i = 0; i < 5000; ++i)
        stats.record(i % 100 == 0 ? 503 : 200, t + 1);
    });
  }
  for (auto &h : handlers)
    h.join();

  long c, e, l;
  stats.snapshot(c, e, l);
  std::printf("requests=%ld errors=%ld total_latency=%ld\n", c, e, l);
  return (c == 20000 && e == 200 && l == 5000 * (1 + 2 + 3 + 4)) ? 0 : 1;
}
