// Chains coroutines with symmetric transfer (await_suspend returning a
// coroutine_handle) so a long loop of synchronously-completing awaits stays
// flat.
#include <coroutine>
#include <cstdio>
#include <utility>

class Step {
public:
  struct promise_type {
    int result = 0;
    std::coroutine_handle<> next = std::noop_coroutine();
    Step get_return_object() {
      return Step{std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    struct Final {
      bool await_ready() noexcept { return false; }
      std::coroutine_handle<>
      await_suspend(std::coroutine_handle<promise_type> h) noexcept {
        return h.promise().next; // transfer straight to whoever awaited us
      }
      void await_resume() noexcept {}
    };
    Final final_suspend() noexcept { return {}; }
    void return_value(int v) noexcept { result = v; }
    void unhandled_exception() noexcept {}
  };

  explicit Step(std::coroutine_handle<promise_type> h) : h_(h) {}
  Step(Step &&o) noexcept : h_(std::exchange(o.h_, nullptr)) {}
  ~Step() {
    if (h_)
      h_.destroy();
  }

  bool await_ready() noexcept { return false; }
  std::coroutine_handle<>
  await_suspend(std::coroutine_handle<> caller) noexcept {
    h_.promise().next = caller;
    return h_; // transfer into the child instead of calling resume() (no stack
               // growth)
  }
  int await_resume() noexcept { return h_.promise().result; }

  int run() {
    h_.resume();
    return h_.promise().result;
  }
  bool done() const { return h_.done(); }

private:
  std::coroutine_handle<promise_type> h_;
};

Step increment(int x) { co_return x + 1; }

Step count_to(int n) {
  int v = 0;
  for (int i = 0; i < n; ++i)
    v = co_await increment(v);
  co_return v;
}

Step outer() {
  int a = co_await count_to(5000);
  int b = co_await count_to(5000);
  co_return a + b;
}

int main() {
  Step s = outer();
  int r = s.run();
  std::printf("result %d, finished=%d\n", r, s.done());
  return (r == 10000 && s.done()) ? 0 : 1;
}
