// Relies on std::jthread's destructor to request stop and join, so a scope exit
// cleanly shuts the worker down.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace std::chrono_literals;

struct Stats {
  std::atomic<int> iterations{0};
  std::atomic<bool> exited{false};
};

void run_sampler(Stats &s) {
  std::jthread sampler([&s](std::stop_token st) {
    while (!st.stop_requested()) {
      s.iterations.fetch_add(1);
      std::this_thread::sleep_for(500us);
    }
    s.exited = true;
  });
  while (s.iterations.load() < 3)
    std::this_thread::yield();
  // no join: ~jthread() calls request_stop() then join()
}

int main() {
  Stats s;
  run_sampler(s);
  std::printf("sampler ran %s iterations and exited=%d\n",
              s.iterations >= 3 ? ">=3" : "<3", s.exited.load());
  return s.exited ? 0 : 1;
}
