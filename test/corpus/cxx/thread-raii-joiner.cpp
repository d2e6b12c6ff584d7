// Wraps std::thread in an RAII guard class that joins in its destructor so
// early returns and exceptions never leave a joinable thread.
#include <cstdio>
#include <stdexcept>
#include <thread>
#include <utility>

class ScopedThread {
public:
  explicit ScopedThread(std::thread t) : t_(std::move(t)) {
    if (!t_.joinable())
      throw std::logic_error("no thread");
  }
  ~ScopedThread() { t_.join(); }
  ScopedThread(const ScopedThread &) = delete;
  ScopedThread &operator=(const ScopedThread &) = delete;

private:
  std::thread t_;
};

static int compute_checksum(const char *s) {
  int sum = 0;
  while (*s)
    sum = (sum * 31 + *s++) & 0xffff;
  return sum;
}

static int process(bool fail, int &out) {
  ScopedThread worker(
      std::thread([&out] { out = compute_checksum("hello, world"); }));
  if (fail)
    throw std::runtime_error("validation failed");
  return 0;
}

int main() {
  int a = 0, b = 0;
  process(false, a);
  try {
    process(true, b);
  } catch (const std::exception &e) {
    std::printf("caught: %s\n", e.what());
  }
  std::printf("checksums %d %d\n", a, b);
  return (a != 0 && a == b) ? 0 : 1;
}
