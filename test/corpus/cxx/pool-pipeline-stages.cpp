// A three-stage pipeline (parse -> transform -> aggregate), each stage a
// thread, connected by closable blocking queues.
#include <condition_variable>
#include <deque>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

template <class T> class Channel {
public:
  void send(T v) {
    {
      std::lock_guard<std::mutex> lk(m_);
      q_.push_back(std::move(v));
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
  std::optional<T> receive() {
    std::unique_lock<std::mutex> lk(m_);
    cv_.wait(lk, [this] { return closed_ || !q_.empty(); });
    if (q_.empty())
      return std::nullopt;
    T v = std::move(q_.front());
    q_.pop_front();
    return v;
  }

private:
  std::mutex m_;
  std::condition_variable cv_;
  std::deque<T> q_;
  bool closed_ = false;
};

struct Record {
  std::string user;
  int amount;
};

int main() {
  const std::vector<std::string> input{"alice 10", "bob 5", "alice 7",
                                       "carol 3",  "bob 1", "bad-line"};
  Channel<std::string> lines;
  Channel<Record> records;
  Channel<Record> taxed;
  long grand_total = 0;
  int count = 0;

  std::thread parser([&] {
    while (auto l = lines.receive()) {
      std::istringstream in(*l);
      Record r;
      if (in >> r.user >> r.amount)
        records.send(r);
    }
    records.close();
  });
  std::thread transformer([&] {
    while (auto r = records.receive()) {
      r->amount *= 100; // to cents
      taxed.send(*r);
    }
    taxed.close();
  });
  std::thread aggregator([&] {
    while (auto r = taxed.receive()) {
      grand_total += r->amount;
      ++count;
    }
  });

  for (const auto &l : input)
    lines.send(l);
  lines.close();
  parser.join();
  transformer.join();
  aggregator.join();

  std::cout << "pipeline processed " << count << " records, total cents "
            << grand_total << '\n';
  return (count == 5 && grand_total == 2600) ? 0 : 1;
}
