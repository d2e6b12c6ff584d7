// Queues std::packaged_task<int()> objects to a single worker thread (an
// event-loop style executor) and hands futures back to callers.
#include <condition_variable>
#include <deque>
#include <future>
#include <iostream>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

class SerialExecutor {
public:
  SerialExecutor() : worker_([this] { loop(); }) {}
  ~SerialExecutor() {
    {
      std::lock_guard<std::mutex> lk(m_);
      closing_ = true;
    }
    cv_.notify_one();
    worker_.join();
  }

  template <class F> std::future<int> post(F fn) {
    std::packaged_task<int()> task(std::move(fn));
    auto fut = task.get_future();
    {
      std::lock_guard<std::mutex> lk(m_);
      q_.push_back(std::move(task));
    }
    cv_.notify_one();
    return fut;
  }

private:
  void loop() {
    for (;;) {
      std::packaged_task<int()> task;
      {
        std::unique_lock<std::mutex> lk(m_);
        cv_.wait(lk, [this] { return closing_ || !q_.empty(); });
        if (q_.empty())
          return;
        task = std::move(q_.front());
        q_.pop_front();
      }
      task();
    }
  }

  std::mutex m_;
  std::condition_variable cv_;
  std::deque<std::packaged_task<int()>> q_;
  bool closing_ = false;
  std::thread worker_;
};

int main() {
  int counter = 0; // only touched by the executor thread: no lock needed
  std::vector<std::future<int>> results;
  {
    SerialExecutor ex;
    for (int i = 0; i < 10; ++i)
      results.push_back(ex.post([&counter] { return ++counter; }));
    results.push_back(
        ex.post([]() -> int { throw std::runtime_error("task failed"); }));
  }
  int last = 0;
  for (int i = 0; i < 10; ++i)
    last = results[i].get();
  bool threw = false;
  try {
    results[10].get();
  } catch (const std::runtime_error &) {
    threw = true;
  }
  std::cout << "last sequence number " << last
            << ", failing task threw: " << threw << '\n';
  return (last == 10 && threw) ? 0 : 1;
}
