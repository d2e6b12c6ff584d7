// A scoped steady_clock timer that reports elapsed durations via duration_cast
// and count(), printing human-readable units.
#include <chrono>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

std::string human(std::chrono::nanoseconds d) {
  using namespace std::chrono;
  std::ostringstream os;
  os << std::fixed << std::setprecision(2);
  if (d >= seconds(1))
    os << duration<double>(d).count() << " s";
  else if (d >= milliseconds(1))
    os << duration<double, std::milli>(d).count() << " ms";
  else if (d >= microseconds(1))
    os << duration<double, std::micro>(d).count() << " us";
  else
    os << d.count() << " ns";
  return os.str();
}

class ScopedTimer {
public:
  explicit ScopedTimer(std::string label)
      : label_(std::move(label)), start_(std::chrono::steady_clock::now()) {}
  ~ScopedTimer() {
    std::cout << label_ << " took "
              << human(std::chrono::steady_clock::now() - start_) << '\n';
  }

private:
  std::string label_;
  std::chrono::steady_clock::time_point start_;
};

int main() {
  using namespace std::chrono_literals;
  std::vector<std::string> formatted{human(750ns), human(1500us), human(2500ms),
                                     human(42us)};
  for (const auto &f : formatted)
    std::cout << f << '\n';

  long long sum = 0;
  auto t0 = std::chrono::steady_clock::now();
  {
    ScopedTimer t("summing 1e6 ints");
    for (int i = 0; i < 1000000; ++i)
      sum += i % 7;
  }
  auto elapsed = std::chrono::steady_clock::now() - t0;
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(elapsed);
  std::cout << "sum " << sum << ", elapsed ms " << ms.count() << std::endl;

  static_assert(std::chrono::steady_clock::is_steady);
  return (formatted == std::vector<std::string>{"750 ns", "1.50 ms", "2.50 s",
                                                "42.00 us"} &&
          sum == 2999997 && elapsed >= std::chrono::nanoseconds(0) && ms < 5s)
             ? 0
             : 1;
}
