// An awaitable whose await_suspend starts a std::jthread that resumes the
// coroutine, so code after co_await runs on the new thread.
#include <coroutine>
#include <cstdio>
#include <future>
#include <stdexcept>
#include <thread>

struct FireAndForget {
  struct promise_type {
    FireAndForget get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() { std::terminate(); }
  };
};

auto switch_to_new_thread(std::jthread &out) {
  struct Awaiter {
    std::jthread *out;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h) {
      std::jthread &slot = *out;
      if (slot.joinable())
        throw std::runtime_error("jthread already in use");
      slot = std::jthread([h] { h.resume(); });
    }
    void await_resume() const noexcept {}
  };
  return Awaiter{&out};
}

FireAndForget resuming_on_new_thread(std::jthread &worker,
                                     std::promise<std::thread::id> before,
                                     std::promise<std::thread::id> after) {
  before.set_value(std::this_thread::get_id());
  co_await switch_to_new_thread(worker);
  after.set_value(std::this_thread::get_id()); // now on the jthread
}

int main() {
  std::promise<std::thread::id> before, after;
  auto fb = before.get_future();
  auto fa = after.get_future();
  std::thread::id id_after;
  {
    std::jthread worker;
    resuming_on_new_thread(worker, std::move(before), std::move(after));
    id_after = fa.get();
    // worker joined by ~jthread; the coroutine frame destroyed itself at
    // final_suspend
  }
  std::thread::id id_before = fb.get();
  bool main_before = id_before == std::this_thread::get_id();
  bool other_after = id_after != std::this_thread::get_id();
  std::printf(
      "coroutine started on main thread: %d, resumed on worker thread: %d\n",
      main_before, other_after);
  return (main_before && other_after) ? 0 : 1;
}
