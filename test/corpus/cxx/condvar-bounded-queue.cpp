// A bounded buffer with two condition variables (not_full / not_empty) giving
// back-pressure between fast producers and a slow consumer.
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

class BoundedBuffer {
public:
  explicit BoundedBuffer(std::size_t cap) : cap_(cap) {}
  void put(int v) {
    std::unique_lock<std::mutex> lk(m_);
    not_full_.wait(lk, [this] { return buf_.size() < cap_; });
    buf_.push_back(v);
    if (buf_.size() > high_water_)
      high_water_ = buf_.size();
    lk.unlock();
    not_empty_.notify_one();
  }
  int take() {
    std::unique_lock<std::mutex> lk(m_);
    not_empty_.wait(lk, [this] { return !buf_.empty(); });
    int v = buf_.front();
    buf_.pop_front();
    lk.unlock();
    not_full_.notify_one();
    return v;
  }
  std::size_t high_water() const { return high_water_; }

private:
  std::mutex m_;
  std::condition_variable not_full_, not_empty_;
  std::deque<int> buf_;
  std::size_t cap_, high_water_ = 0;
};

int main() {
  BoundedBuffer buf(4);
  std::vector<std::thread> producers;
  for (int p = 0; p < 3; ++p)
    producers.emplace_back([&buf, p] {
      for (int i = 0; i < 200; ++i)
        buf.put(p * 1000 + i);
    });

  long sum = 0;
  for (int i = 0; i < 600; ++i)
    sum += buf.take();
  for (auto &t : producers)
    t.join();

  long expect = 0;
  for (int p = 0; p < 3; ++p)
    expect += 200L * p * 1000 + 199 * 200 / 2;
  std::printf("sum=%ld expected=%ld high-water=%zu (cap 4)\n", sum, expect,
              buf.high_water());
  return (sum == expect && buf.high_water() <= 4) ? 0 : 1;
}
