// Gives each thread its own std::mt19937 through a thread_local accessor so
// random number generation needs no locking.
#include <cstdio>
#include <random>
#include <thread>
#include <vector>

static std::mt19937 &thread_rng(unsigned seed_hint) {
  thread_local std::mt19937 rng(seed_hint); // seeded once per thread
  return rng;
}

int main() {
  const int n = 4;
  std::vector<unsigned> first_draw(n), again(n);
  std::vector<std::thread> ts;
  for (int i = 0; i < n; ++i) {
    ts.emplace_back([&, i] {
      auto &r = thread_rng(1000u + i);
      first_draw[i] = r();
      auto &r2 = thread_rng(0); // same engine, hint ignored after first call
      again[i] = (&r == &r2) ? 1 : 0;
    });
  }
  for (auto &t : ts)
    t.join();

  bool ok = true;
  for (int i = 0; i < n; ++i) {
    std::mt19937 ref(1000u + i);
    ok = ok && first_draw[i] == ref() && again[i] == 1;
    std::printf("thread %d first draw %u\n", i, first_draw[i]);
  }
  return ok ? 0 : 1;
}
