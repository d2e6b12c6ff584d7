// Coroutines hop onto a single-threaded executor (a worker thread draining a
// queue of coroutine handles) via an awaitable schedule(), completing through
// std::promise.
#include <condition_variable>
#include <coroutine>
#include <deque>
#include <future>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

class Executor {
public:
  Executor() : thread_([this] { run(); }) {}
  ~Executor() {
    {
      std::lock_guard<std::mutex> lk(m_);
      stop_ = true;
    }
    cv_.notify_one();
    thread_.join();
  }

  auto schedule() {
    struct Awaiter {
      Executor *ex;
      bool await_ready() const noexcept { return false; }
      void await_suspend(std::coroutine_handle<> h) { ex->post(h); }
      void await_resume() const noexcept {}
    };
    return Awaiter{this};
  }
  std::thread::id thread_id() const { return thread_.get_id(); }

private:
  void post(std::coroutine_handle<> h) {
    {
      std::lock_guard<std::mutex> lk(m_);
      ready_.push_back(h);
    }
    cv_.notify_one();
  }
  void run() {
    std::unique_lock<std::mutex> lk(m_);
    for (;;) {
      cv_.wait(lk, [this] { return stop_ || !ready_.empty(); });
      if (ready_.empty())
        return;
      auto h = ready_.front();
      ready_.pop_front();
      lk.unlock();
      h.resume();
      lk.lock();
    }
  }

  std::mutex m_;
  std::condition_variable cv_;
  std::deque<std::coroutine_handle<>> ready_;
  bool stop_ = false;
  std::thread thread_;
};

struct Detached {
  struct promise_type {
    Detached get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() noexcept { std::terminate(); }
  };
};

// Each request bounces to the executor twice; all state lives in the coroutine
// frame.
Detached handle_request(Executor &ex, std::string name,
                        std::promise<std::string> reply) {
  co_await ex.schedule();
  bool on_executor = std::this_thread::get_id() == ex.thread_id();
  std::string body = "hello " + name;
  co_await ex.schedule();
  reply.set_value(body + (on_executor ? " [executor]" : " [wrong thread]"));
}

int main() {
  std::vector<std::future<std::string>> replies;
  {
    Executor ex;
    for (const char *who : {"ann", "ben", "cy"}) {
      std::promise<std::string> p;
      replies.push_back(p.get_future());
      handle_request(ex, who, std::move(p));
    }
    for (auto &r : replies)
      r.wait();
  }
  bool ok = true;
  for (auto &r : replies) {
    std::string s = r.get();
    std::cout << s << '\n';
    ok = ok && s.find("[executor]") != std::string::npos;
  }
  return ok ? 0 : 1;
}
