// A transaction scope guard that commits in its destructor on normal exit and
// rolls back when std::uncaught_exceptions() shows unwinding.
#include <exception>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

class KeyValueStore {
public:
  void set(const std::string &k, int v) { data_[k] = v; }
  int get(const std::string &k) const {
    return data_.count(k) ? data_.at(k) : -1;
  }
  std::map<std::string, int> snapshot() const { return data_; }
  void restore(std::map<std::string, int> s) { data_ = std::move(s); }

private:
  std::map<std::string, int> data_;
};

class Transaction {
public:
  Transaction(KeyValueStore &s, std::vector<std::string> &log)
      : store_(s), log_(log), saved_(s.snapshot()),
        exceptionsAtStart_(std::uncaught_exceptions()) {}
  ~Transaction() {
    if (std::uncaught_exceptions() > exceptionsAtStart_) {
      store_.restore(std::move(saved_));
      log_.push_back("rollback");
    } else {
      log_.push_back("commit");
    }
  }

private:
  KeyValueStore &store_;
  std::vector<std::string> &log_;
  std::map<std::string, int> saved_;
  int exceptionsAtStart_;
};

void transfer(KeyValueStore &s, std::vector<std::string> &log,
              const std::string &from, const std::string &to, int amt) {
  Transaction tx(s, log);
  s.set(from, s.get(from) - amt);
  if (s.get(from) < 0)
    throw std::runtime_error("insufficient funds in " + from);
  s.set(to, s.get(to) + amt);
}

// A guard created *during* unwinding must still commit its own work.
struct CleanupDuringUnwind {
  KeyValueStore &s;
  std::vector<std::string> &log;
  ~CleanupDuringUnwind() { transfer(s, log, "fees", "audit", 1); }
};

int main() {
  KeyValueStore s;
  s.set("alice", 100);
  s.set("bob", 20);
  s.set("fees", 5);
  s.set("audit", 0);
  std::vector<std::string> log;

  transfer(s, log, "alice", "bob", 30);
  try {
    CleanupDuringUnwind c{s, log};
    transfer(s, log, "bob", "alice", 500);
  } catch (const std::exception &e) {
    std::cout << "failed: " << e.what() << '\n';
  }
  for (const auto &l : log)
    std::cout << l << '\n';
  std::cout << "alice=" << s.get("alice") << " bob=" << s.get("bob")
            << " audit=" << s.get("audit") << std::endl;
  return (log == std::vector<std::string>{"commit", "rollback", "commit"} &&
          s.get("alice") == 70 && s.get("bob") == 50 && s.get("audit") == 1)
             ? 0
             : 1;
}
