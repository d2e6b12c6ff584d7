// A Downloader-like class stores a std::function completion callback and
// invokes it from its own worker thread.
#include <functional>
#include <future>
#include <iostream>
#include <string>
#include <thread>

class Fetcher {
public:
  using Callback =
      std::function<void(const std::string &key, std::size_t bytes)>;

  explicit Fetcher(Callback cb) : on_done_(std::move(cb)) {}
  ~Fetcher() {
    if (worker_.joinable())
      worker_.join();
  }

  void fetch(std::string key) {
    worker_ = std::thread(&Fetcher::run, this, std::move(key));
  }

private:
  void run(std::string key) {
    std::string payload(key.size() * 100, 'x'); // pretend we loaded something
    if (on_done_)
      on_done_(key, payload.size());
  }

  Callback on_done_;
  std::thread worker_;
};

int main() {
  std::promise<std::size_t> got;
  auto fut = got.get_future();
  {
    Fetcher f([&got](const std::string &key, std::size_t bytes) {
      std::cout << "fetched " << key << ": " << bytes << " bytes\n";
      got.set_value(bytes);
    });
    f.fetch("config.json");
  }
  std::size_t n = fut.get();
  return n == 1100 ? 0 : 1;
}
