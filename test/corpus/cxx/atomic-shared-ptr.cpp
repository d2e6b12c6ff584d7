// Publishes immutable configuration snapshots through
// std::atomic<std::shared_ptr<const T>> so readers never block a hot-reloading
// writer.
#include <atomic>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

struct Settings {
  int version;
  std::map<std::string, int> limits;
};

class SettingsStore {
public:
  SettingsStore()
      : current_(
            std::make_shared<const Settings>(Settings{0, {{"max_conn", 10}}})) {
  }
  std::shared_ptr<const Settings> get() const {
    return current_.load(std::memory_order_acquire);
  }
  void publish(std::shared_ptr<const Settings> s) {
    current_.store(std::move(s), std::memory_order_release);
  }

private:
  std::atomic<std::shared_ptr<const Settings>> current_;
};

int main() {
  SettingsStore store;
  std::atomic<bool> done{false};
  std::atomic<long> inconsistent{0}, reads{0};

  std::vector<std::thread> readers;
  for (int r = 0; r < 3; ++r)
    readers.emplace_back([&] {
      do {
        auto s = store.get(); // snapshot stays valid while we hold it
        if (s->limits.at("max_conn") != 10 + s->version)
          inconsistent.fetch_add(1);
        reads.fetch_add(1);
      } while (!done.load());
    });

  for (int v = 1; v <= 50; ++v) {
    auto next = std::make_shared<Settings>(*store.get());
    next->version = v;
    next->limits["max_conn"] = 10 + v;
    store.publish(std::move(next));
  }
  done = true;
  for (auto &t : readers)
    t.join();

  std::cout << "final version " << store.get()->version << ", reads "
            << (reads >= 3 ? ">=3" : "<3") << ", inconsistent " << inconsistent
            << '\n';
  return (store.get()->version == 50 && inconsistent == 0) ? 0 : 1;
}
