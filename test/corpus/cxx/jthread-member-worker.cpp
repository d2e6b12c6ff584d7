// A service class owns a std::jthread member started with a member function
// that takes a std::stop_token, and stops it from stop().
#include <chrono>
#include <condition_variable>
#include <deque>
#include <iostream>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

class AuditLog {
public:
  AuditLog() : worker_([this](std::stop_token st) { drain(st); }) {}

  void record(std::string line) {
    {
      std::lock_guard lk(m_);
      pending_.push_back(std::move(line));
    }
    cv_.notify_one();
  }

  std::vector<std::string> stop() {
    worker_.request_stop();
    worker_.join();
    return written_;
  }

private:
  void drain(std::stop_token st) {
    std::unique_lock lk(m_);
    for (;;) {
      cv_.wait(lk, st, [this] { return !pending_.empty(); });
      while (!pending_.empty()) {
        written_.push_back(std::move(pending_.front()));
        pending_.pop_front();
      }
      if (st.stop_requested())
        return;
    }
  }

  std::mutex m_;
  std::condition_variable_any cv_;
  std::deque<std::string> pending_;
  std::vector<std::string> written_;
  std::jthread
      worker_; // declared last: started after the members it uses exist
};

int main() {
  AuditLog log;
  log.record("user alice logged in");
  log.record("user bob changed password");
  log.record("user alice logged out");
  auto lines = log.stop();
  for (const auto &l : lines)
    std::cout << "audit: " << l << '\n';
  return lines.size() == 3 ? 0 : 1;
}
