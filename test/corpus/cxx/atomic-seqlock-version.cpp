// Reads a multi-word sample consistently with a version counter (seqlock
// pattern): writer bumps an odd/even sequence, readers retry on change.
#include <atomic>
#include <cstdio>
#include <thread>

class SeqLockedPoint {
public:
  void write(long x, long y) {
    unsigned s = seq_.load(std::memory_order_relaxed);
    seq_.store(s + 1, std::memory_order_relaxed); // odd: write in progress
    std::atomic_thread_fence(std::memory_order_release);
    x_.store(x, std::memory_order_relaxed);
    y_.store(y, std::memory_order_relaxed);
    seq_.store(s + 2, std::memory_order_release);
  }
  void read(long &x, long &y, int &retries) const {
    for (;;) {
      unsigned s1 = seq_.load(std::memory_order_acquire);
      if (s1 & 1u) {
        ++retries;
        continue;
      }
      x = x_.load(std::memory_order_relaxed);
      y = y_.load(std::memory_order_relaxed);
      std::atomic_thread_fence(std::memory_order_acquire);
      if (seq_.load(std::memory_order_relaxed) == s1)
        return;
      ++retries;
    }
  }

private:
  std::atomic<unsigned> seq_{0};
  std::atomic<long> x_{0}, y_{0};
};

int main() {
  SeqLockedPoint p;
  std::atomic<bool> stop{false};
  long torn = 0, reads = 0;
  int retries = 0;
  std::thread reader([&] {
    long x, y;
    while (!stop.load(std::memory_order_relaxed)) {
      p.read(x, y, retries);
      if (y != 2 * x)
        ++torn;
      ++reads;
    }
  });
  for (long i = 1; i <= 20000; ++i)
    p.write(i, 2 * i);
  stop = true;
  reader.join();

  long x, y;
  p.read(x, y, retries);
  std::printf("final point (%ld,%ld), torn reads: %ld\n", x, y, torn);
  return (torn == 0 && x == 20000 && y == 40000) ? 0 : 1;
}
