// A thread pool whose submit() wraps any callable in a shared packaged_task and
// returns a std::future of its result type.
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <iostream>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

class TaskPool {
public:
  explicit TaskPool(
      unsigned n = std::max(2u, std::thread::hardware_concurrency())) {
    for (unsigned i = 0; i < n; ++i)
      threads_.emplace_back([this] { run(); });
  }
  ~TaskPool() { shutdown(); }

  template <class F, class... Args>
  auto submit(F &&f, Args &&...args)
      -> std::future<std::invoke_result_t<F, Args...>> {
    using R = std::invoke_result_t<F, Args...>;
    auto task = std::make_shared<std::packaged_task<R()>>(
        [fn = std::forward<F>(f), ... as = std::forward<Args>(args)]() mutable {
          return std::invoke(fn, as...);
        });
    std::future<R> fut = task->get_future();
    {
      std::lock_guard<std::mutex> lk(mu_);
      if (closed_)
        throw std::runtime_error("submit on closed pool");
      queue_.emplace_back([task] { (*task)(); });
    }
    cv_.notify_one();
    return fut;
  }

  void shutdown() {
    {
      std::lock_guard<std::mutex> lk(mu_);
      if (closed_)
        return;
      closed_ = true;
    }
    cv_.notify_all();
    for (auto &t : threads_)
      t.join();
  }

private:
  void run() {
    std::unique_lock<std::mutex> lk(mu_);
    for (;;) {
      cv_.wait(lk, [this] { return closed_ || !queue_.empty(); });
      if (queue_.empty())
        return;
      auto job = std::move(queue_.front());
      queue_.pop_front();
      lk.unlock();
      job();
      lk.lock();
    }
  }

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> queue_;
  std::vector<std::thread> threads_;
  bool closed_ = false;
};

static std::string repeat(const std::string &s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i)
    out += s;
  return out;
}

int main() {
  TaskPool pool(3);
  auto a = pool.submit([](int x, int y) { return x * y; }, 6, 7);
  auto b = pool.submit(repeat, std::string("ab"), 3);
  auto c = pool.submit([] { throw std::invalid_argument("bad input"); });
  std::vector<std::future<int>> squares;
  for (int i = 0; i < 20; ++i)
    squares.push_back(pool.submit([i] { return i * i; }));

  int sq = 0;
  for (auto &f : squares)
    sq += f.get();
  bool threw = false;
  try {
    c.get();
  } catch (const std::invalid_argument &) {
    threw = true;
  }
  int av = a.get();
  std::string bv = b.get();
  pool.shutdown();
  bool rejected = false;
  try {
    pool.submit([] { return 0; });
  } catch (const std::runtime_error &) {
    rejected = true;
  }

  std::cout << "a=" << av << " b=" << bv << " squares=" << sq
            << " threw=" << threw << " rejected=" << rejected << '\n';
  return (av == 42 && bv == "ababab" && sq == 2470 && threw && rejected) ? 0
                                                                         : 1;
}
