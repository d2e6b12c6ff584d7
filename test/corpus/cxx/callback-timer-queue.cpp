// A simulated timer wheel: a std::priority_queue of (deadline, callback)
// entries fired in order, callbacks re-arming themselves.
#include <functional>
#include <iostream>
#include <queue>
#include <string>
#include <vector>

class TimerQueue {
public:
  using Callback = std::function<void(TimerQueue &)>;

  void schedule(long at, std::string name, Callback cb) {
    q_.push({at, seq_++, std::move(name), std::move(cb)});
  }
  long now() const { return now_; }

  // Advances simulated time, firing due callbacks in deadline order (FIFO among
  // equal deadlines).
  int run_until(long t) {
    int fired = 0;
    while (!q_.empty() && q_.top().at <= t) {
      Entry e = q_.top();
      q_.pop();
      now_ = e.at;
      trace.push_back(std::to_string(now_) + ":" + e.name);
      e.cb(*this);
      ++fired;
    }
    now_ = t;
    return fired;
  }
  std::vector<std::string> trace;

private:
  struct Entry {
    long at;
    long seq;
    std::string name;
    Callback cb;
    bool operator>(const Entry &o) const {
      return at != o.at ? at > o.at : seq > o.seq;
    }
  };
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> q_;
  long now_ = 0;
  long seq_ = 0;
};

int main() {
  TimerQueue tq;
  int heartbeats = 0;
  std::function<void(TimerQueue &)> heartbeat = [&](TimerQueue &q) {
    if (++heartbeats < 4)
      q.schedule(q.now() + 100, "heartbeat", heartbeat);
  };
  tq.schedule(100, "heartbeat", heartbeat);
  tq.schedule(250, "timeout", [](TimerQueue &) {});
  tq.schedule(50, "connect", [](TimerQueue &q) {
    q.schedule(q.now() + 10, "handshake", [](TimerQueue &) {});
  });
  tq.schedule(250, "flush", [](TimerQueue &) {});

  int fired = tq.run_until(300);
  int later = tq.run_until(1000);
  for (const auto &t : tq.trace)
    std::cout << t << '\n';
  std::cout << fired << " fired by t=300, " << later << " more by t=1000"
            << std::endl;

  const std::vector<std::string> expected{
      "50:connect",  "60:handshake", "100:heartbeat", "200:heartbeat",
      "250:timeout", "250:flush",    "300:heartbeat", "400:heartbeat"};
  return (tq.trace == expected && fired == 7 && later == 1 && heartbeats == 4)
             ? 0
             : 1;
}
