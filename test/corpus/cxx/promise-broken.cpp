// Detects a worker that exits without fulfilling its promise: the future
// reports std::future_errc::broken_promise.
#include <cstdio>
#include <future>
#include <thread>

static void maybe_answer(std::promise<int> p, bool answer) {
  if (answer)
    p.set_value(1);
  // otherwise p is destroyed unfulfilled
}

int main() {
  std::promise<int> p;
  auto f = p.get_future();
  std::thread t(maybe_answer, std::move(p), false);
  t.join();

  try {
    f.get();
  } catch (const std::future_error &e) {
    std::printf("future_error: %s\n", e.what());
    return e.code() == std::future_errc::broken_promise ? 0 : 1;
  }
  std::puts("expected broken_promise");
  return 1;
}
