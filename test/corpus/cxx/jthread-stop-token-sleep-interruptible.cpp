// Implements an interruptible sleep for a periodic std::jthread task by waiting
// on condition_variable_any with the stop_token and a timeout.
#include <chrono>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <stop_token>
#include <thread>

using namespace std::chrono_literals;

class PeriodicTask {
public:
  explicit PeriodicTask(std::chrono::milliseconds period)
      : thread_([this, period](std::stop_token st) { loop(st, period); }) {}

  int runs() const { return runs_; }
  void stop() {
    thread_.request_stop();
    thread_.join();
  }

private:
  void loop(std::stop_token st, std::chrono::milliseconds period) {
    std::unique_lock lk(m_);
    while (!st.stop_requested()) {
      ++runs_;
      // Returns early when stop is requested; otherwise after `period`.
      cv_.wait_for(lk, st, period, [] { return false; });
    }
  }

  std::mutex m_;
  std::condition_variable_any cv_;
  int runs_ = 0;
  std::jthread thread_;
};

int main() {
  auto t0 = std::chrono::steady_clock::now();
  PeriodicTask task(
      10s); // very long period: only stop() can end the wait promptly
  std::this_thread::sleep_for(5ms);
  task.stop();
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::steady_clock::now() - t0)
                .count();
  std::cout << "task ran " << task.runs() << " time(s), stopped after "
            << (ms < 5000 ? "<5s" : ">=5s") << '\n';
  // On a busy machine the stop can come before the first run: 0 or 1 runs.
  return (task.runs() <= 1 && ms < 5000) ? 0 : 1;
}
