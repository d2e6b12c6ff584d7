// Uses std::atomic<bool>::wait plus notify_all as a start gate releasing every
// parked worker thread at once.
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

int main() {
  std::atomic<bool> open{false};
  std::atomic<int> parked{0}, passed{0};
  std::vector<std::thread> runners;

  for (int i = 0; i < 4; ++i) {
    runners.emplace_back([&] {
      parked.fetch_add(1);
      parked.notify_one();
      open.wait(false); // sleep until the gate is opened
      passed.fetch_add(1);
    });
  }
  for (int n = parked.load(); n < 4; n = parked.load())
    parked.wait(n);

  std::printf("%d runners parked, opening gate\n", parked.load());
  open.store(true);
  open.notify_all();
  for (auto &t : runners)
    t.join();
  std::printf("%d runners passed\n", passed.load());
  return passed == 4 ? 0 : 1;
}
