// The pre-C++17 idiom: std::lock on two mutexes, then adopt them into
// lock_guards with std::adopt_lock (used in swap-like operations).
#include <iostream>
#include <mutex>
#include <thread>
#include <vector>

class Buffer {
public:
  explicit Buffer(std::vector<int> d) : data_(std::move(d)) {}

  friend void swap(Buffer &x, Buffer &y) {
    if (&x == &y)
      return;
    std::lock(x.m_, y.m_);
    std::lock_guard<std::mutex> lx(x.m_, std::adopt_lock);
    std::lock_guard<std::mutex> ly(y.m_, std::adopt_lock);
    x.data_.swap(y.data_);
  }

  int first() {
    std::lock_guard<std::mutex> lk(m_);
    return data_.front();
  }

private:
  std::mutex m_;
  std::vector<int> data_;
};

int main() {
  Buffer front({1, 1, 1}), back({2, 2, 2});
  std::thread t1([&] {
    for (int i = 0; i < 1001; ++i)
      swap(front, back);
  });
  std::thread t2([&] {
    for (int i = 0; i < 1000; ++i)
      swap(back, front);
  });
  t1.join();
  t2.join();
  // 2001 swaps in total: odd, so the buffers end up exchanged
  std::cout << "front starts with " << front.first() << ", back starts with "
            << back.first() << '\n';
  return (front.first() == 2 && back.first() == 1) ? 0 : 1;
}
