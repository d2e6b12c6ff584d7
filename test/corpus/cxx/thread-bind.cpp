// Builds thread entry points with std::bind (binding an object, a member
// function and placeholders filled in later).
#include <functional>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>

class Mailer {
public:
  void send(const std::string &to, int priority) {
    std::lock_guard<std::mutex> lk(m_);
    ++sent_;
    weight_ += priority;
    std::cout << "queued mail for " << to << " (prio " << priority << ")\n";
  }
  int sent() const { return sent_; }
  int weight() const { return weight_; }

private:
  std::mutex m_;
  int sent_ = 0;
  int weight_ = 0;
};

int main() {
  using namespace std::placeholders;
  Mailer mailer;
  auto urgent = std::bind(&Mailer::send, &mailer, _1, 10);
  auto fixed = std::bind(&Mailer::send, std::ref(mailer),
                         std::string("ops@example.com"), 1);

  std::thread a(urgent, std::string("alice@example.com"));
  std::thread b(fixed);
  a.join();
  b.join();

  if (mailer.sent() != 2 || mailer.weight() != 11) {
    std::cerr << "unexpected counts\n";
    return 1;
  }
  std::cout << "all mail queued\n";
  return 0;
}
