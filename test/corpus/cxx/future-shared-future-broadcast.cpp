// Broadcasts one value to several waiting threads with std::shared_future, each
// thread holding its own copy.
#include <future>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

struct Config {
  std::string region;
  int retries;
};

int main() {
  std::promise<Config> config_ready;
  std::shared_future<Config> config = config_ready.get_future().share();

  std::vector<int> retries_seen(4, -1);
  std::vector<std::thread> workers;
  for (int i = 0; i < 4; ++i) {
    workers.emplace_back(
        [config, i, &retries_seen] { // copy of shared_future per thread
          const Config &c = config.get();
          retries_seen[i] = c.region == "eu-west" ? c.retries : -2;
        });
  }

  config_ready.set_value(Config{"eu-west", 3});
  for (auto &w : workers)
    w.join();

  bool ok = true;
  for (int r : retries_seen)
    ok = ok && r == 3;
  std::cout << "region " << config.get().region << " seen by " << workers.size()
            << " workers: " << (ok ? "ok" : "mismatch") << '\n';
  return ok ? 0 : 1;
}
