// A lazy Task<T> coroutine type whose awaiter resumes the awaiting coroutine
// from final_suspend, plus a sync_wait() that drives the top-level task.
#include <coroutine>
#include <exception>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

template <class T> class Task {
public:
  struct promise_type {
    std::optional<T> value;
    std::exception_ptr error;
    std::coroutine_handle<> continuation = std::noop_coroutine();

    Task get_return_object() {
      return Task{std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    auto final_suspend() noexcept {
      struct FinalAwaiter {
        bool await_ready() noexcept { return false; }
        std::coroutine_handle<>
        await_suspend(std::coroutine_handle<promise_type> h) noexcept {
          return h.promise().continuation;
        }
        void await_resume() noexcept {}
      };
      return FinalAwaiter{};
    }
    void return_value(T v) { value = std::move(v); }
    void unhandled_exception() { error = std::current_exception(); }
  };

  explicit Task(std::coroutine_handle<promise_type> h) : h_(h) {}
  Task(Task &&o) noexcept : h_(std::exchange(o.h_, nullptr)) {}
  ~Task() {
    if (h_)
      h_.destroy();
  }

  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<>
  await_suspend(std::coroutine_handle<> awaiting) noexcept {
    h_.promise().continuation = awaiting;
    return h_; // start the child now
  }
  T await_resume() {
    if (h_.promise().error)
      std::rethrow_exception(h_.promise().error);
    return std::move(*h_.promise().value);
  }

  // Runs the task to completion on the current thread (all work here is
  // synchronous).
  T sync_wait() {
    h_.resume();
    if (!h_.done())
      throw std::logic_error("task suspended on something asynchronous");
    return await_resume();
  }

private:
  std::coroutine_handle<promise_type> h_;
};

Task<int> parse_int(std::string s) {
  std::size_t pos = 0;
  int v = std::stoi(s, &pos);
  if (pos != s.size())
    throw std::invalid_argument("trailing junk in '" + s + "'");
  co_return v;
}

Task<int> add_fields(std::string a, std::string b) {
  int x = co_await parse_int(a);
  int y = co_await parse_int(b);
  co_return x + y;
}

Task<std::string> describe() {
  int total = co_await add_fields("40", "2");
  std::string err;
  try {
    co_await add_fields("1", "2x");
  } catch (const std::invalid_argument &e) {
    err = e.what();
  }
  co_return "total=" + std::to_string(total) + ", error=" + err;
}

int main() {
  std::string r = describe().sync_wait();
  std::cout << r << '\n';
  return r == "total=42, error=trailing junk in '2x'" ? 0 : 1;
}
