// C++20 std::atomic::wait/notify_one as a lightweight futex-style handoff: a
// consumer blocks until a sequence number changes.
#include <atomic>
#include <iostream>
#include <thread>

int main() {
  std::atomic<int> seq{0};
  int data[3] = {};
  int received = 0;

  std::thread consumer([&] {
    int last = 0;
    while (last < 3) {
      seq.wait(last, std::memory_order_acquire); // blocks while seq == last
      int now = seq.load(std::memory_order_acquire);
      for (int i = last; i < now; ++i)
        received += data[i];
      last = now;
    }
  });

  for (int i = 0; i < 3; ++i) {
    data[i] = (i + 1) * 10;
    seq.store(i + 1, std::memory_order_release);
    seq.notify_one();
  }
  consumer.join();
  std::cout << "consumer received total " << received << '\n';
  return received == 60 ? 0 : 1;
}
