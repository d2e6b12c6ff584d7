// Limits concurrent access to a small pool of connections with
// std::counting_semaphore acquire/release wrapped in an RAII permit.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <iostream>
#include <semaphore>
#include <thread>
#include <vector>

class ConnectionLimiter {
public:
  class Permit {
  public:
    explicit Permit(ConnectionLimiter &l) : l_(l) {
      l_.sem_.acquire();
      int now = ++l_.active_;
      int peak = l_.peak_.load();
      while (now > peak && !l_.peak_.compare_exchange_weak(peak, now)) {
      }
    }
    ~Permit() {
      --l_.active_;
      l_.sem_.release();
    }
    Permit(const Permit &) = delete;
    Permit &operator=(const Permit &) = delete;

  private:
    ConnectionLimiter &l_;
  };

  int peak() const { return peak_.load(); }

private:
  std::counting_semaphore<8> sem_{2}; // at most 2 concurrent connections
  std::atomic<int> active_{0}, peak_{0};
};

int main() {
  ConnectionLimiter limiter;
  std::atomic<int> served{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 6; ++c) {
    clients.emplace_back([&] {
      ConnectionLimiter::Permit p(limiter);
      std::this_thread::sleep_for(
          std::chrono::milliseconds(2)); // "use" the connection
      served.fetch_add(1);
    });
  }
  for (auto &t : clients)
    t.join();
  std::cout << "served " << served << " clients, peak concurrency "
            << limiter.peak() << " (limit 2)\n";
  return (served == 6 && limiter.peak() >= 1 && limiter.peak() <= 2) ? 0 : 1;
}
