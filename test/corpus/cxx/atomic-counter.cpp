// Counts events from several threads with std::atomic<long>
// fetch_add/operator++ using relaxed ordering for pure statistics.
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

struct Metrics {
  std::atomic<long> requests{0};
  std::atomic<long> bytes{0};
  std::atomic<int> peak_inflight{0};
  std::atomic<int> inflight{0};
};

static void handle(Metrics &m, int size) {
  int now = ++m.inflight;
  int peak = m.peak_inflight.load(std::memory_order_relaxed);
  while (now > peak && !m.peak_inflight.compare_exchange_weak(
                           peak, now, std::memory_order_relaxed)) {
  }
  m.requests.fetch_add(1, std::memory_order_relaxed);
  m.bytes.fetch_add(size, std::memory_order_relaxed);
  --m.inflight;
}

int main() {
  Metrics m;
  std::vector<std::thread> ts;
  for (int t = 0; t < 4; ++t)
    ts.emplace_back([&m] {
      for (int i = 0; i < 25000; ++i)
        handle(m, 10);
    });
  for (auto &t : ts)
    t.join();

  std::printf("requests=%ld bytes=%ld peak_inflight=%d lock_free=%d\n",
              m.requests.load(), m.bytes.load(), m.peak_inflight.load(),
              static_cast<int>(m.requests.is_lock_free()));
  return (m.requests == 100000 && m.bytes == 1000000 && m.inflight == 0 &&
          m.peak_inflight >= 1 && m.peak_inflight <= 4)
             ? 0
             : 1;
}
