// A memoising cache guarded by a mutex that computes values outside the lock
// and re-checks before inserting (double-checked insert).
#include <cstdint>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

class FibCache {
public:
  std::uint64_t get(int n) {
    if (auto v = lookup(n))
      return *v;
    std::uint64_t a = 0, b = 1; // compute without holding the lock
    for (int i = 0; i < n; ++i) {
      std::uint64_t t = a + b;
      a = b;
      b = t;
    }
    std::lock_guard<std::mutex> lk(m_);
    auto [it, inserted] = cache_.emplace(n, a);
    if (inserted)
      ++misses_;
    return it->second;
  }
  int misses() {
    std::lock_guard<std::mutex> lk(m_);
    return misses_;
  }

private:
  std::optional<std::uint64_t> lookup(int n) {
    std::lock_guard<std::mutex> lk(m_);
    auto it = cache_.find(n);
    if (it == cache_.end())
      return std::nullopt;
    return it->second;
  }

  std::mutex m_;
  std::unordered_map<int, std::uint64_t> cache_;
  int misses_ = 0;
};

int main() {
  FibCache cache;
  std::vector<std::thread> ts;
  std::vector<std::uint64_t> f90(4);
  for (int t = 0; t < 4; ++t)
    ts.emplace_back([&, t] {
      for (int n = 0; n <= 90; ++n)
        f90[t] = cache.get(n);
    });
  for (auto &t : ts)
    t.join();
  std::cout << "fib(90)=" << f90[0] << " distinct entries=" << cache.misses()
            << '\n';
  bool ok = cache.misses() == 91;
  for (auto v : f90)
    ok = ok && v == 2880067194370816120ULL;
  return ok ? 0 : 1;
}
