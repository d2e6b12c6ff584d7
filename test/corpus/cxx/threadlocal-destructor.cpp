// thread_local objects with non-trivial constructors/destructors: each thread
// gets its own instance, destroyed when that thread exits.
#include <atomic>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

static std::atomic<int> live{0}, destroyed{0};
static std::mutex out_m;
static std::vector<std::string> flushed;

class TraceBuffer {
public:
  TraceBuffer() { live.fetch_add(1); }
  ~TraceBuffer() {
    std::lock_guard<std::mutex> lk(out_m);
    flushed.push_back(std::to_string(events_.size()) + " events");
    live.fetch_sub(1);
    destroyed.fetch_add(1);
  }
  void add(std::string e) { events_.push_back(std::move(e)); }

private:
  std::vector<std::string> events_;
};

thread_local TraceBuffer trace;

int main() {
  std::vector<std::thread> ts;
  for (int i = 1; i <= 3; ++i)
    ts.emplace_back([i] {
      for (int k = 0; k < i; ++k)
        trace.add("evt");
    });
  for (auto &t : ts)
    t.join();

  std::cout << "worker buffers destroyed: " << destroyed
            << ", still live: " << live << '\n';
  for (auto &f : flushed)
    std::cout << "  flushed " << f << '\n';
  // main's own instance is constructed lazily on first use (not yet) or lives
  // until exit
  return (destroyed == 3 && flushed.size() == 3) ? 0 : 1;
}
