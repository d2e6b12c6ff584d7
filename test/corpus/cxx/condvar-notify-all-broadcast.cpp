// Broadcasts a phase change to all waiting threads with notify_all, e.g.
// releasing every worker when a config epoch advances.
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

int main() {
  std::mutex m;
  std::condition_variable epoch_changed, all_waiting;
  int epoch = 0, waiting = 0;
  std::vector<int> seen(5, -1);

  std::vector<std::thread> listeners;
  for (int i = 0; i < 5; ++i) {
    listeners.emplace_back([&, i] {
      std::unique_lock<std::mutex> lk(m);
      int my_epoch = epoch;
      ++waiting;
      all_waiting.notify_one();
      epoch_changed.wait(lk, [&] { return epoch != my_epoch; });
      seen[i] = epoch;
    });
  }
  {
    std::unique_lock<std::mutex> lk(m);
    all_waiting.wait(lk, [&] { return waiting == 5; });
    epoch = 1;
  }
  epoch_changed.notify_all(); // one call wakes every listener
  for (auto &t : listeners)
    t.join();

  int woke = 0;
  for (int s : seen)
    woke += (s == 1);
  std::printf("%d listeners observed epoch 1\n", woke);
  return woke == 5 ? 0 : 1;
}
