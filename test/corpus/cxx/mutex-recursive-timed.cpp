// Uses std::recursive_timed_mutex for a re-entrant resource whose other users
// back off with try_lock_until a deadline.
#include <chrono>
#include <cstdio>
#include <future>
#include <mutex>
#include <thread>

using namespace std::chrono_literals;

class Printer {
public:
  void print_page(int depth) {
    std::lock_guard<std::recursive_timed_mutex> lk(m_);
    ++pages_;
    if (depth > 0)
      print_page(depth - 1); // re-enters the same lock
  }
  bool try_print_until(std::chrono::steady_clock::time_point deadline) {
    if (!m_.try_lock_until(deadline))
      return false;
    ++pages_;
    m_.unlock();
    return true;
  }
  std::recursive_timed_mutex &mutex() { return m_; }
  int pages() const { return pages_; }

private:
  std::recursive_timed_mutex m_;
  int pages_ = 0;
};

int main() {
  Printer p;
  p.print_page(3);

  std::promise<void> held, release;
  std::thread job([&] {
    std::unique_lock<std::recursive_timed_mutex> lk(p.mutex());
    held.set_value();
    release.get_future().wait();
  });
  held.get_future().wait();
  bool early = p.try_print_until(std::chrono::steady_clock::now() + 10ms);
  release.set_value();
  job.join();
  bool later = p.try_print_until(std::chrono::steady_clock::now() + 1s);

  std::printf("pages=%d early=%d later=%d\n", p.pages(), early, later);
  return (p.pages() == 5 && !early && later) ? 0 : 1;
}
