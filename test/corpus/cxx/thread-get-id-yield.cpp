// Uses std::this_thread::get_id to tag work by thread and
// std::this_thread::yield in a polite busy-wait for a start flag.
#include <atomic>
#include <iostream>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>
#include <vector>

int main() {
  std::atomic<bool> go{false};
  std::mutex m;
  std::set<std::thread::id> seen;
  const std::thread::id main_id = std::this_thread::get_id();

  std::vector<std::thread> ts;
  for (int i = 0; i < 3; ++i) {
    ts.emplace_back([&] {
      while (!go.load(std::memory_order_acquire))
        std::this_thread::yield();
      std::lock_guard<std::mutex> lk(m);
      seen.insert(std::this_thread::get_id());
    });
  }
  std::vector<std::thread::id> ids;
  for (auto &t : ts)
    ids.push_back(t.get_id());
  go.store(true, std::memory_order_release);
  for (auto &t : ts)
    t.join();

  std::ostringstream os;
  os << "main thread " << main_id;
  std::cout << os.str() << ", workers seen: " << seen.size() << '\n';

  bool ok = seen.size() == 3 && !seen.count(main_id);
  for (auto id : ids)
    ok = ok && seen.count(id);
  ok = ok && ts[0].get_id() == std::thread::id{}; // joined threads have no id
  return ok ? 0 : 1;
}
