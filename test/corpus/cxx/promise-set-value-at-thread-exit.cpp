// Uses promise::set_value_at_thread_exit so the future becomes ready only after
// the worker's thread_local objects are destroyed.
#include <atomic>
#include <future>
#include <iostream>
#include <thread>

static std::atomic<bool> tls_cleaned{false};

struct ThreadScratch {
  int buf[64] = {};
  ~ThreadScratch() { tls_cleaned = true; }
};
thread_local ThreadScratch scratch;

int main() {
  std::promise<int> p;
  auto f = p.get_future();
  std::thread([pr = std::move(p)]() mutable {
    for (int i = 0; i < 64; ++i)
      scratch.buf[i] = i;
    int s = 0;
    for (int v : scratch.buf)
      s += v;
    pr.set_value_at_thread_exit(s);
  }).detach();

  int s = f.get();
  bool cleaned = tls_cleaned.load();
  std::cout << "sum=" << s
            << " thread_local destroyed before ready: " << std::boolalpha
            << cleaned << '\n';
  return (s == 2016 && cleaned) ? 0 : 1;
}
