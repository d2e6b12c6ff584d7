// Waits until a wall-clock (std::chrono::system_clock) time point, as
// schedulers do for "run at HH:MM" jobs, waking early if notified.
#include <chrono>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <thread>

using namespace std::chrono_literals;

class AlarmClock {
public:
  // Returns true if the alarm rang (deadline reached), false if cancelled
  // first.
  bool sleep_until(std::chrono::system_clock::time_point when) {
    std::unique_lock<std::mutex> lk(m_);
    while (!cancelled_) {
      if (cv_.wait_until(lk, when) == std::cv_status::timeout)
        return !cancelled_;
    }
    return false;
  }
  void cancel() {
    std::lock_guard<std::mutex> lk(m_);
    cancelled_ = true;
    cv_.notify_all();
  }

private:
  std::mutex m_;
  std::condition_variable cv_;
  bool cancelled_ = false;
};

int main() {
  AlarmClock soon;
  auto start = std::chrono::system_clock::now();
  bool rang = soon.sleep_until(start + 15ms);
  std::cout << "short alarm rang: " << std::boolalpha << rang << '\n';

  AlarmClock later;
  bool rang2 = true;
  std::thread sleeper([&] {
    rang2 = later.sleep_until(std::chrono::system_clock::now() + 1h);
  });
  later.cancel();
  sleeper.join();
  std::cout << "hour-long alarm rang: " << rang2 << " (cancelled)\n";
  return (rang && !rang2) ? 0 : 1;
}
