// Config holder that serves reads under a shared lock and, when stale, drops to
// an exclusive lock and re-checks before reloading.
#include <atomic>
#include <iostream>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <thread>
#include <vector>

class ConfigHolder {
public:
  std::string get(int wanted_generation) {
    {
      std::shared_lock rl(m_);
      if (generation_ >= wanted_generation)
        return value_;
    }
    std::unique_lock wl(m_);
    if (generation_ <
        wanted_generation) { // someone may have reloaded meanwhile
      generation_ = wanted_generation;
      value_ = "config-v" + std::to_string(generation_);
      reloads_.fetch_add(1);
    }
    return value_;
  }
  int reloads() const { return reloads_.load(); }

private:
  std::shared_mutex m_;
  int generation_ = 0;
  std::string value_ = "config-v0";
  std::atomic<int> reloads_{0};
};

int main() {
  ConfigHolder cfg;
  std::vector<std::thread> ts;
  std::vector<std::string> last(4);
  for (int t = 0; t < 4; ++t)
    ts.emplace_back([&, t] {
      for (int gen = 1; gen <= 20; ++gen)
        last[t] = cfg.get(gen);
    });
  for (auto &t : ts)
    t.join();
  std::cout << "final=" << last[0] << " reloads=" << cfg.reloads() << '\n';
  bool ok = cfg.reloads() == 20;
  for (auto &s : last)
    ok = ok && s == "config-v20";
  return ok ? 0 : 1;
}
