// A std::jthread worker polls its std::stop_token in a loop doing small units
// of work until the owner requests a stop.
#include <atomic>
#include <chrono>
#include <iostream>
#include <stop_token>
#include <thread>

using namespace std::chrono_literals;

int main() {
  std::atomic<int> ticks{0};
  std::jthread heartbeat([&ticks](std::stop_token st) {
    while (!st.stop_requested()) {
      ticks.fetch_add(1, std::memory_order_relaxed);
      std::this_thread::sleep_for(1ms);
    }
    std::cout << "heartbeat stopping\n";
  });

  while (ticks.load() < 5)
    std::this_thread::sleep_for(1ms);
  bool first = heartbeat.request_stop();
  bool second = heartbeat.request_stop();
  heartbeat.join();

  std::cout << "ticks >= 5: " << (ticks.load() >= 5) << ", first request "
            << first << ", second " << second << '\n';
  return (first && !second) ? 0 : 1;
}
