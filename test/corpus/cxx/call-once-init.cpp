// Lazily initialises a shared resource exactly once with
// std::call_once/std::once_flag even when many threads race to use it.
#include <atomic>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

class CountryCodes {
public:
  const std::string &name(const std::string &code) {
    std::call_once(loaded_, &CountryCodes::load, this);
    static const std::string unknown = "?";
    auto it = table_.find(code);
    return it == table_.end() ? unknown : it->second;
  }
  int loads() const { return loads_; }

private:
  void load() {
    ++loads_;
    table_ = {{"DE", "Germany"}, {"FR", "France"}, {"JP", "Japan"}};
  }
  std::once_flag loaded_;
  std::unordered_map<std::string, std::string> table_;
  std::atomic<int> loads_{0};
};

int main() {
  CountryCodes codes;
  std::atomic<int> good{0};
  std::vector<std::thread> ts;
  for (int i = 0; i < 8; ++i)
    ts.emplace_back([&] { good += codes.name("JP") == "Japan"; });
  for (auto &t : ts)
    t.join();
  std::cout << "lookups ok=" << good << ", table loaded " << codes.loads()
            << " time(s)\n";
  return (good == 8 && codes.loads() == 1) ? 0 : 1;
}
