// Benchmarks a loop with std::chrono::high_resolution_clock, averaging over
// repetitions and reporting nanoseconds per iteration.
#include <chrono>
#include <cstdio>
#include <vector>

template <class F> double ns_per_call(F &&f, int reps) {
  using hrc = std::chrono::high_resolution_clock;
  auto t0 = hrc::now();
  for (int i = 0; i < reps; ++i)
    f();
  auto t1 = hrc::now();
  return std::chrono::duration<double, std::nano>(t1 - t0).count() / reps;
}

int main() {
  std::vector<int> v(1000);
  long long sink = 0;
  double ns = ns_per_call(
      [&] {
        for (int &x : v)
          x += 1;
        sink += v[500];
      },
      200);

  std::printf(
      "high_resolution_clock steady=%d, period=%lld/%lld s\n",
      std::chrono::high_resolution_clock::is_steady,
      static_cast<long long>(std::chrono::high_resolution_clock::period::num),
      static_cast<long long>(std::chrono::high_resolution_clock::period::den));
  std::printf("~%s ns per pass (sink=%lld)\n", ns > 0 ? "positive" : "zero",
              sink);
  return (ns >= 0 && sink == 200LL * 201 / 2) ? 0 : 1;
}
