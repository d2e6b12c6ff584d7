// Uses std::recursive_mutex so public methods that lock can call each other on
// the same thread without deadlocking.
#include <iostream>
#include <map>
#include <mutex>
#include <string>
#include <thread>

class Registry {
public:
  void add(const std::string &name, int value) {
    std::lock_guard<std::recursive_mutex> lk(m_);
    items_[name] = value;
  }
  bool contains(const std::string &name) const {
    std::lock_guard<std::recursive_mutex> lk(m_);
    return items_.count(name) != 0;
  }
  // Calls contains() and add() while already holding the lock.
  bool add_if_absent(const std::string &name, int value) {
    std::lock_guard<std::recursive_mutex> lk(m_);
    if (contains(name))
      return false;
    add(name, value);
    return true;
  }
  std::size_t size() const {
    std::lock_guard<std::recursive_mutex> lk(m_);
    return items_.size();
  }

private:
  mutable std::recursive_mutex m_;
  std::map<std::string, int> items_;
};

int main() {
  Registry reg;
  int inserted[2] = {0, 0};
  std::thread a([&] {
    for (int i = 0; i < 100; ++i)
      inserted[0] += reg.add_if_absent("k" + std::to_string(i), i);
  });
  std::thread b([&] {
    for (int i = 0; i < 100; ++i)
      inserted[1] += reg.add_if_absent("k" + std::to_string(i), -i);
  });
  a.join();
  b.join();
  std::cout << "inserted " << inserted[0] << " + " << inserted[1] << ", size "
            << reg.size() << '\n';
  return (inserted[0] + inserted[1] == 100 && reg.size() == 100) ? 0 : 1;
}
