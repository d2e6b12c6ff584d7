// Blocks in std::condition_variable_any::wait with a std::stop_token so a queue
// consumer wakes up either for work or for cancellation.
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <queue>
#include <stop_token>
#include <thread>

int main() {
  std::mutex m;
  std::condition_variable_any cv;
  std::queue<int> jobs;
  int processed = 0, sum = 0;
  bool saw_stop = false;

  std::jthread consumer([&](std::stop_token st) {
    std::unique_lock lk(m);
    while (true) {
      bool have = cv.wait(lk, st, [&] { return !jobs.empty(); });
      if (!have) { // stop requested and queue empty
        saw_stop = true;
        return;
      }
      sum += jobs.front();
      jobs.pop();
      ++processed;
    }
  });

  for (int i = 1; i <= 5; ++i) {
    {
      std::lock_guard lk(m);
      jobs.push(i);
    }
    cv.notify_one();
  }
  // Cancelling does not drop queued work: wait() keeps returning true while
  // the predicate holds, so the consumer drains the queue before it exits.
  consumer.request_stop();
  consumer.join();

  std::cout << "processed=" << processed << " sum=" << sum
            << " saw_stop=" << saw_stop << '\n';
  return (processed == 5 && sum == 15 && saw_stop) ? 0 : 1;
}
