// A read-mostly routing table guarded by std::shared_mutex: many reader threads
// take std::shared_lock while a writer takes std::unique_lock.
#include <atomic>
#include <iostream>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <thread>
#include <vector>

class RouteTable {
public:
  std::string lookup(const std::string &prefix) const {
    std::shared_lock<std::shared_mutex> lk(m_);
    auto it = routes_.find(prefix);
    return it == routes_.end() ? std::string() : it->second;
  }
  void update(const std::string &prefix, std::string next_hop) {
    std::unique_lock<std::shared_mutex> lk(m_);
    routes_[prefix] = std::move(next_hop);
    ++version_;
  }
  int version() const {
    std::shared_lock lk(m_);
    return version_;
  }

private:
  mutable std::shared_mutex m_;
  std::map<std::string, std::string> routes_{{"10.0.0.0/8", "gw-a"}};
  int version_ = 0;
};

int main() {
  RouteTable table;
  std::atomic<long> hits{0}, misses{0};
  std::vector<std::thread> readers;
  for (int r = 0; r < 4; ++r) {
    readers.emplace_back([&] {
      for (int i = 0; i < 2000; ++i) {
        auto hop = table.lookup("10.0.0.0/8");
        (hop == "gw-a" || hop == "gw-b" ? hits : misses).fetch_add(1);
      }
    });
  }
  std::thread writer([&] {
    for (int i = 0; i < 100; ++i)
      table.update("10.0.0.0/8", i % 2 ? "gw-a" : "gw-b");
  });
  for (auto &r : readers)
    r.join();
  writer.join();

  std::cout << "lookups hit=" << hits << " miss=" << misses
            << " table version=" << table.version() << '\n';
  return (hits == 8000 && misses == 0 && table.version() == 100) ? 0 : 1;
}
