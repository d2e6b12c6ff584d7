// Runs a fixed-rate loop with std::this_thread::sleep_until on an advancing
// steady_clock time point, avoiding drift from work time.
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

int main() {
  using clock = std::chrono::steady_clock;
  const auto period = std::chrono::milliseconds(4);
  const auto start = clock::now();
  auto next = start;
  std::vector<clock::duration> offsets;

  for (int tick = 0; tick < 5; ++tick) {
    next += period;
    std::this_thread::sleep_until(next);
    offsets.push_back(clock::now() - start);
    volatile int work = 0; // simulate per-tick work of varying size
    for (int i = 0; i < 1000 * tick; ++i)
      work = work + i;
  }

  bool ok = true;
  for (std::size_t i = 0; i < offsets.size(); ++i) {
    auto ms = std::chrono::duration_cast<std::chrono::microseconds>(offsets[i])
                  .count();
    ok = ok && offsets[i] >= period * static_cast<int>(i + 1);
    std::printf("tick %zu at >= %d ms: %s\n", i, 4 * static_cast<int>(i + 1),
                ms >= 4000 * static_cast<long>(i + 1) ? "yes" : "no");
  }
  // sleep_until a time in the past returns immediately
  std::this_thread::sleep_until(start);
  return ok ? 0 : 1;
}
