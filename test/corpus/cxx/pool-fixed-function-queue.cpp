// A fixed-size thread pool: N workers pull std::function<void()> tasks from a
// mutex/condvar queue; the destructor drains and joins.
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <functional>
#include <mutex>
#include <queue>
#include <thread>
#include <vector>

class ThreadPool {
public:
  explicit ThreadPool(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
      workers_.emplace_back([this] { worker_loop(); });
  }
  ~ThreadPool() {
    {
      std::lock_guard<std::mutex> lk(m_);
      stopping_ = true;
    }
    cv_.notify_all();
    for (auto &w : workers_)
      w.join();
  }
  ThreadPool(const ThreadPool &) = delete;
  ThreadPool &operator=(const ThreadPool &) = delete;

  void enqueue(std::function<void()> task) {
    {
      std::lock_guard<std::mutex> lk(m_);
      tasks_.push(std::move(task));
    }
    cv_.notify_one();
  }

private:
  void worker_loop() {
    for (;;) {
      std::function<void()> task;
      {
        std::unique_lock<std::mutex> lk(m_);
        cv_.wait(lk, [this] { return stopping_ || !tasks_.empty(); });
        if (stopping_ && tasks_.empty())
          return;
        task = std::move(tasks_.front());
        tasks_.pop();
      }
      task();
    }
  }

  std::vector<std::thread> workers_;
  std::queue<std::function<void()>> tasks_;
  std::mutex m_;
  std::condition_variable cv_;
  bool stopping_ = false;
};

int main() {
  std::atomic<long> total{0};
  {
    ThreadPool pool(3);
    for (int i = 1; i <= 100; ++i)
      pool.enqueue(
          [i, &total] { total.fetch_add(i, std::memory_order_relaxed); });
  } // graceful shutdown: queued tasks complete before workers exit
  std::printf("pool processed tasks, total=%ld\n", total.load());
  return total == 5050 ? 0 : 1;
}
