// Relies on thread-safe initialisation of a function-local static (Meyers
// singleton) when several threads call the accessor concurrently.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

static std::atomic<int> constructions{0};

class Logger {
public:
  static Logger &instance() {
    static Logger
        inst; // initialised exactly once, other callers block until done
    return inst;
  }
  const std::string &prefix() const { return prefix_; }

private:
  Logger() : prefix_("[app] ") {
    constructions.fetch_add(1);
    std::this_thread::sleep_for(
        std::chrono::milliseconds(2)); // slow constructor (e.g. reads config)
  }
  std::string prefix_;
};

int main() {
  std::vector<std::thread> ts;
  std::vector<const Logger *> seen(6);
  for (int i = 0; i < 6; ++i)
    ts.emplace_back([&seen, i] { seen[i] = &Logger::instance(); });
  for (auto &t : ts)
    t.join();

  bool same = true;
  for (auto p : seen)
    same = same && p == seen[0];
  std::printf("%sconstructed %d time(s), same instance everywhere: %s\n",
              Logger::instance().prefix().c_str(), constructions.load(),
              same ? "yes" : "no");
  return (constructions == 1 && same) ? 0 : 1;
}
