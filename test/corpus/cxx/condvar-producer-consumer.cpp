// Classic producer/consumer: a templated blocking queue built on std::mutex +
// std::condition_variable with a close() for end-of-stream.
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <optional>
#include <queue>
#include <thread>

template <class T> class BlockingQueue {
public:
  void push(T v) {
    {
      std::lock_guard<std::mutex> lk(m_);
      q_.push(std::move(v));
    }
    cv_.notify_one();
  }
  void close() {
    {
      std::lock_guard<std::mutex> lk(m_);
      closed_ = true;
    }
    cv_.notify_all();
  }
  std::optional<T> pop() {
    std::unique_lock<std::mutex> lk(m_);
    while (q_.empty() && !closed_)
      cv_.wait(lk);
    if (q_.empty())
      return std::nullopt;
    T v = std::move(q_.front());
    q_.pop();
    return v;
  }

private:
  std::mutex m_;
  std::condition_variable cv_;
  std::queue<T> q_;
  bool closed_ = false;
};

int main() {
  BlockingQueue<int> q;
  long consumed = 0;
  int count = 0;
  std::thread consumer([&] {
    while (auto v = q.pop()) {
      consumed += *v;
      ++count;
    }
  });
  std::thread producer([&] {
    for (int i = 1; i <= 1000; ++i)
      q.push(i);
    q.close();
  });
  producer.join();
  consumer.join();
  std::cout << "consumed " << count << " items, sum " << consumed << '\n';
  return (count == 1000 && consumed == 500500) ? 0 : 1;
}
