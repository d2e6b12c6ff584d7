// A thread_local "current request context" pointer set by an RAII scope, so
// deep helper functions can log without passing it around.
#include <iostream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

struct RequestContext {
  std::string request_id;
};

thread_local RequestContext *current_ctx = nullptr;

class ContextScope {
public:
  explicit ContextScope(RequestContext &c) : prev_(current_ctx) {
    current_ctx = &c;
  }
  ~ContextScope() { current_ctx = prev_; }

private:
  RequestContext *prev_;
};

static std::string log_line(const std::string &msg) {
  return (current_ctx ? current_ctx->request_id : std::string("-")) + ": " +
         msg;
}

static std::string deep_helper() { return log_line("cache miss"); }

int main() {
  std::mutex m;
  std::vector<std::string> lines;
  std::vector<std::thread> ts;
  for (int i = 0; i < 3; ++i) {
    ts.emplace_back([&, i] {
      RequestContext ctx{"req-" + std::to_string(i)};
      ContextScope scope(ctx);
      std::string l = deep_helper();
      std::lock_guard<std::mutex> lk(m);
      lines.push_back(l);
    });
  }
  for (auto &t : ts)
    t.join();

  for (auto &l : lines)
    std::cout << l << '\n';
  std::cout << log_line("main has no context") << '\n';
  bool ok = lines.size() == 3 && current_ctx == nullptr;
  for (auto &l : lines)
    ok = ok && l.rfind("req-", 0) == 0;
  return ok ? 0 : 1;
}
