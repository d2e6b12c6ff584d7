// Creates std::thread objects as locals and moves them into a std::map keyed by
// job name, then joins them from the container.
#include <atomic>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <utility>

int main() {
  std::atomic<int> finished{0};
  std::map<std::string, std::thread> jobs;

  for (const char *name : {"index", "thumbnail", "backup"}) {
    std::thread t([&finished, n = std::string(name)] {
      volatile std::size_t len = n.size();
      (void)len;
      finished.fetch_add(1);
    });
    jobs.emplace(name, std::move(t));
    if (t.joinable()) {
      std::cerr << "moved-from thread still joinable\n";
      return 1;
    }
  }

  std::thread extra = std::move(jobs["backup"]);
  jobs.erase("backup");
  extra.join();

  for (auto &[name, t] : jobs) {
    t.join();
    std::cout << "joined " << name << '\n';
  }
  std::cout << "finished=" << finished.load() << '\n';
  return finished == 3 ? 0 : 1;
}
