// A pool where each worker owns a deque of tasks and steals from siblings when
// empty, with a latch signalling that all tasks completed.
#include <atomic>
#include <cstdio>
#include <deque>
#include <functional>
#include <latch>
#include <mutex>
#include <thread>
#include <vector>

class StealingPool {
  struct Queue {
    std::mutex m;
    std::deque<std::function<void()>> tasks;
  };

public:
  StealingPool(unsigned n, std::ptrdiff_t expected_tasks)
      : queues_(n), remaining_(expected_tasks) {}

  void push(unsigned worker, std::function<void()> f) {
    std::lock_guard<std::mutex> lk(queues_[worker].m);
    queues_[worker].tasks.push_back(std::move(f));
  }

  void run() {
    std::vector<std::jthread> ts;
    for (unsigned i = 0; i < queues_.size(); ++i)
      ts.emplace_back([this, i](std::stop_token st) { loop(i, st); });
    remaining_.wait();
    // ~jthread requests stop and joins
  }

  int steals() const { return steals_.load(); }

private:
  bool take(unsigned i, std::function<void()> &out, bool from_back) {
    std::lock_guard<std::mutex> lk(queues_[i].m);
    auto &q = queues_[i].tasks;
    if (q.empty())
      return false;
    if (from_back) {
      out = std::move(q.back());
      q.pop_back();
    } else {
      out = std::move(q.front());
      q.pop_front();
    }
    return true;
  }

  void loop(unsigned me, std::stop_token st) {
    while (!st.stop_requested()) {
      std::function<void()> task;
      bool got = take(me, task, true);
      for (unsigned k = 1; !got && k < queues_.size(); ++k) {
        got = take((me + k) % queues_.size(), task, false);
        if (got)
          steals_.fetch_add(1);
      }
      if (!got) {
        std::this_thread::yield();
        continue;
      }
      task();
      remaining_.count_down();
    }
  }

  std::vector<Queue> queues_;
  std::latch remaining_;
  std::atomic<int> steals_{0};
};

int main() {
  std::atomic<long> sum{0};
  const int n = 200;
  StealingPool pool(3, n);
  for (int i = 0; i < n; ++i)
    pool.push(0,
              [i, &sum] { sum.fetch_add(i); }); // all work starts on worker 0
  pool.run();
  std::printf("all %d tasks ran across 3 workers, sum=%ld\n", n, sum.load());
  return sum == n * (n - 1) / 2 ? 0 : 1;
}
