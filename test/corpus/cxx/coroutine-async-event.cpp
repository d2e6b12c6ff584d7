// A manual-reset async event: several coroutines co_await it and are all
// resumed when another thread calls set(), keeping waiters in an intrusive
// list.
#include <atomic>
#include <coroutine>
#include <cstdio>
#include <latch>
#include <mutex>
#include <thread>

class AsyncEvent {
public:
  struct Awaiter {
    AsyncEvent &ev;
    std::coroutine_handle<> h;
    Awaiter *next = nullptr;
    bool await_ready() const { return ev.is_set(); }
    bool await_suspend(std::coroutine_handle<> handle) {
      h = handle;
      std::lock_guard<std::mutex> lk(ev.m_);
      if (ev.set_)
        return false; // raced with set(): continue immediately
      next = ev.waiters_;
      ev.waiters_ = this;
      return true;
    }
    void await_resume() const noexcept {}
  };

  Awaiter operator co_await() { return Awaiter{*this, {}}; }
  bool is_set() const {
    std::lock_guard<std::mutex> lk(m_);
    return set_;
  }
  void set() {
    Awaiter *list;
    {
      std::lock_guard<std::mutex> lk(m_);
      set_ = true;
      list = waiters_;
      waiters_ = nullptr;
    }
    while (list) {
      Awaiter *next =
          list->next; // read before resume: the awaiter lives in the frame
      list->h.resume();
      list = next;
    }
  }

private:
  mutable std::mutex m_;
  bool set_ = false;
  Awaiter *waiters_ = nullptr;
};

struct Spawned {
  struct promise_type {
    Spawned get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() noexcept { std::terminate(); }
  };
};

Spawned wait_for_config(AsyncEvent &loaded, std::atomic<int> &resumed,
                        std::latch &done) {
  co_await loaded;
  resumed.fetch_add(1);
  done.count_down();
}

int main() {
  AsyncEvent loaded;
  std::atomic<int> resumed{0};
  std::latch done(4);
  for (int i = 0; i < 3; ++i)
    wait_for_config(loaded, resumed, done); // all suspend
  int before = resumed.load();

  std::thread loader(
      [&] { loaded.set(); }); // resumes the three waiters on this thread
  loader.join();
  wait_for_config(loaded, resumed, done); // already set: does not suspend
  done.wait();

  std::printf("resumed before set: %d, after: %d\n", before, resumed.load());
  return (before == 0 && resumed == 4) ? 0 : 1;
}
