// A minimal lazy Generator<T> coroutine type (promise_type, co_yield, input
// iterator) used in a range-for loop, like std::generator before C++23.
#include <coroutine>
#include <cstdio>
#include <exception>
#include <utility>

template <class T> class Generator {
public:
  struct promise_type {
    T current{};
    std::exception_ptr error;

    Generator get_return_object() {
      return Generator{
          std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T v) noexcept {
      current = std::move(v);
      return {};
    }
    void return_void() noexcept {}
    void unhandled_exception() { error = std::current_exception(); }
  };

  struct sentinel {};
  struct iterator {
    std::coroutine_handle<promise_type> h;
    iterator &operator++() {
      h.resume();
      if (h.done() && h.promise().error)
        std::rethrow_exception(h.promise().error);
      return *this;
    }
    const T &operator*() const { return h.promise().current; }
    bool operator==(sentinel) const { return h.done(); }
  };

  explicit Generator(std::coroutine_handle<promise_type> h) : h_(h) {}
  Generator(Generator &&o) noexcept : h_(std::exchange(o.h_, nullptr)) {}
  Generator(const Generator &) = delete;
  ~Generator() {
    if (h_)
      h_.destroy();
  }

  iterator begin() {
    h_.resume();
    return iterator{h_};
  }
  sentinel end() { return {}; }

private:
  std::coroutine_handle<promise_type> h_;
};

Generator<unsigned long> fibonacci() {
  unsigned long a = 0, b = 1;
  for (;;) {
    co_yield a;
    a = std::exchange(b, a + b);
  }
}

Generator<int> take_even(int limit) {
  for (int i = 0; i < limit; ++i)
    if (i % 2 == 0)
      co_yield i;
}

int main() {
  unsigned long last = 0;
  int n = 0;
  for (unsigned long f :
       fibonacci()) { // infinite generator, stopped by break (frame destroyed)
    if (n++ == 20)
      break;
    last = f;
  }
  std::printf("20th fibonacci number: %lu\n", last);

  int evens = 0, sum = 0;
  for (int v : take_even(10)) {
    ++evens;
    sum += v;
  }
  std::printf("even numbers below 10: %d (sum %d)\n", evens, sum);
  return (last == 4181 && evens == 5 && sum == 20) ? 0 : 1;
}
