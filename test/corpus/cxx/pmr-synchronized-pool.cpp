// A shared std::pmr::synchronized_pool_resource owned by a service object and
// used (here from one thread) by several pmr containers.
#include <algorithm>
#include <iostream>
#include <memory_resource>
#include <string>
#include <unordered_map>
#include <vector>

class MetricsRegistry {
public:
  MetricsRegistry() : counters_(&pool_), samples_(&pool_) {}

  void inc(std::string_view name, long by = 1) {
    counters_[std::pmr::string(name, &pool_)] += by;
  }
  void observe(double v) { samples_.push_back(v); }

  long counter(std::string_view name) const {
    auto it = counters_.find(std::pmr::string(
        name, const_cast<std::pmr::synchronized_pool_resource *>(&pool_)));
    return it == counters_.end() ? 0 : it->second;
  }
  double p50() {
    auto mid = samples_.begin() + static_cast<long>(samples_.size() / 2);
    std::nth_element(samples_.begin(), mid, samples_.end());
    return *mid;
  }
  std::pmr::memory_resource *resource() { return &pool_; }

private:
  std::pmr::synchronized_pool_resource pool_; // declared first: destroyed last
  std::pmr::unordered_map<std::pmr::string, long> counters_;
  std::pmr::vector<double> samples_;
};

int main() {
  MetricsRegistry reg;
  const std::vector<std::string> routes{"/", "/login", "/api/v1/items",
                                        "/api/v1/items/detail"};
  for (int i = 0; i < 5000; ++i) {
    reg.inc("http.requests." +
            routes[static_cast<std::size_t>(i) % routes.size()]);
    if (i % 10 == 0)
      reg.inc("http.errors");
    reg.observe(static_cast<double>((i * 37) % 1000));
  }

  // Other components can allocate from the same pool.
  std::pmr::vector<std::pmr::string> labels(reg.resource());
  for (const auto &r : routes)
    labels.emplace_back(r);

  long total = 0;
  for (const auto &r : routes)
    total += reg.counter("http.requests." + r);
  double median = reg.p50();
  std::cout << "requests " << total << ", errors " << reg.counter("http.errors")
            << ", p50 " << median << ", labels " << labels.size() << std::endl;
  return (total == 5000 && reg.counter("http.errors") == 500 &&
          median == 500.0 &&
          labels.get_allocator().resource() == reg.resource())
             ? 0
             : 1;
}
