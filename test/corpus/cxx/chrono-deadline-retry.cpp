// Retries an operation with exponential backoff (sleep_for) until it succeeds
// or an overall steady_clock deadline would be exceeded.
#include <algorithm>
#include <chrono>
#include <iostream>
#include <optional>
#include <thread>

using namespace std::chrono_literals;

class FlakyService {
public:
  explicit FlakyService(int fail_times) : fail_times_(fail_times) {}
  std::optional<int> call() {
    if (calls_++ < fail_times_)
      return std::nullopt;
    return 42;
  }
  int calls() const { return calls_; }

private:
  int fail_times_, calls_ = 0;
};

template <class Op>
auto with_retry(Op op, std::chrono::milliseconds budget) -> decltype(op()) {
  const auto deadline = std::chrono::steady_clock::now() + budget;
  auto backoff = 1ms;
  for (;;) {
    if (auto r = op())
      return r;
    if (std::chrono::steady_clock::now() + backoff > deadline)
      return std::nullopt;
    std::this_thread::sleep_for(backoff);
    backoff = std::min(backoff * 2, std::chrono::milliseconds(8));
  }
}

int main() {
  FlakyService ok_soon(3);
  auto r1 = with_retry([&] { return ok_soon.call(); }, 2000ms);
  std::cout << "service A: "
            << (r1 ? "ok " + std::to_string(*r1) : std::string("gave up"))
            << " after " << ok_soon.calls() << " calls\n";

  FlakyService never(1000000);
  auto t0 = std::chrono::steady_clock::now();
  auto r2 = with_retry([&] { return never.call(); }, 20ms);
  auto spent = std::chrono::steady_clock::now() - t0;
  std::cout << "service B: " << (r2 ? "ok" : "gave up")
            << " within budget: " << (spent < 20ms + 50ms) << '\n';
  return (r1 && *r1 == 42 && ok_soon.calls() == 4 && !r2) ? 0 : 1;
}
