// Registers a std::stop_callback that wakes a thread blocked on a
// condition_variable when cancellation is requested.
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <stop_token>
#include <thread>

class Mailbox {
public:
  // Returns false if cancelled before a message arrived.
  bool wait_for_message(std::stop_token st, int &out) {
    std::stop_callback on_stop(st, [this] {
      std::lock_guard<std::mutex> lk(m_);
      cancelled_ = true;
      cv_.notify_all();
    });
    std::unique_lock<std::mutex> lk(m_);
    cv_.wait(lk, [this] { return has_msg_ || cancelled_; });
    if (!has_msg_)
      return false;
    out = msg_;
    return true;
  }

  void post(int v) {
    std::lock_guard<std::mutex> lk(m_);
    msg_ = v;
    has_msg_ = true;
    cv_.notify_all();
  }

private:
  std::mutex m_;
  std::condition_variable cv_;
  bool has_msg_ = false, cancelled_ = false;
  int msg_ = 0;
};

int main() {
  Mailbox box;
  bool got = true;
  int value = -1;
  std::jthread listener(
      [&](std::stop_token st) { got = box.wait_for_message(st, value); });
  listener.request_stop();
  listener.join();
  std::printf("listener cancelled: %s\n", got ? "no" : "yes");

  Mailbox box2;
  int v2 = 0;
  bool got2 = false;
  std::jthread l2(
      [&](std::stop_token st) { got2 = box2.wait_for_message(st, v2); });
  box2.post(7);
  l2.join();
  std::printf("second listener got %d\n", v2);
  return (!got && got2 && v2 == 7) ? 0 : 1;
}
