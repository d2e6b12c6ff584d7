// Uses std::unique_lock flexibly: defer_lock then lock(), unlock early before
// slow work, and moving the lock out of a function.
#include <atomic>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

class Journal {
public:
  std::unique_lock<std::mutex> acquire() {
    return std::unique_lock<std::mutex>(m_);
  }

  void append(std::string entry) {
    std::string formatted = "[" + std::to_string(entry.size()) + "] " +
                            entry; // slow part outside the lock
    std::unique_lock<std::mutex> lk(m_, std::defer_lock);
    lk.lock();
    entries_.push_back(std::move(formatted));
    lk.unlock(); // release as soon as the shared state is updated
    ++appends_;  // atomic: no lock needed
  }

  std::vector<std::string> &entries_unlocked() { return entries_; }

private:
  std::mutex m_;
  std::vector<std::string> entries_;
  std::atomic<int> appends_{0};

public:
  int appends() const { return appends_.load(); }
};

int main() {
  Journal j;
  std::vector<std::thread> ts;
  for (int i = 0; i < 3; ++i)
    ts.emplace_back([&j, i] {
      for (int k = 0; k < 50; ++k)
        j.append("t" + std::to_string(i));
    });
  for (auto &t : ts)
    t.join();

  std::size_t n;
  {
    auto lk = j.acquire(); // lock handed out by value
    n = j.entries_unlocked().size();
    std::cout << "owns lock: " << lk.owns_lock()
              << ", first entry: " << j.entries_unlocked().front() << '\n';
  }
  std::cout << "entries: " << n << '\n';
  return (n == 150 && j.appends() == 150) ? 0 : 1;
}
