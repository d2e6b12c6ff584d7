// Uses condition_variable::wait_for with a relative timeout and predicate, as
// in "wait up to N ms for a reply, otherwise retry".
#include <chrono>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

using namespace std::chrono_literals;

class ReplySlot {
public:
  std::optional<int> await(std::chrono::milliseconds timeout) {
    std::unique_lock<std::mutex> lk(m_);
    if (!cv_.wait_for(lk, timeout, [this] { return reply_.has_value(); }))
      return std::nullopt;
    return std::exchange(reply_, std::nullopt);
  }
  void deliver(int v) {
    {
      std::lock_guard<std::mutex> lk(m_);
      reply_ = v;
    }
    cv_.notify_one();
  }

private:
  std::mutex m_;
  std::condition_variable cv_;
  std::optional<int> reply_;
};

int main() {
  ReplySlot slot;
  auto first = slot.await(5ms); // nobody answers
  std::cout << "attempt 1: " << (first ? "reply" : "timed out") << '\n';

  std::thread server([&] { slot.deliver(200); });
  auto second = slot.await(10s);
  server.join();
  std::cout << "attempt 2: " << (second ? std::to_string(*second) : "timed out")
            << '\n';

  // wait_for without predicate returns cv_status
  std::mutex m;
  std::condition_variable cv;
  std::unique_lock<std::mutex> lk(m);
  std::cv_status st = cv.wait_for(lk, 2ms);
  std::cout << "bare wait_for: "
            << (st == std::cv_status::timeout ? "timeout" : "notified/spurious")
            << '\n';
  return (!first && second && *second == 200) ? 0 : 1;
}
