// Installing a std::set_terminate handler at startup for crash diagnostics, in
// a program whose exceptions are all handled so it never fires.
#include <cstdlib>
#include <exception>
#include <iostream>
#include <stdexcept>
#include <string>

namespace {
bool g_terminating = false;

[[noreturn]] void crash_handler() {
  g_terminating = true;
  std::cerr << "fatal: terminate called";
  if (auto ep = std::current_exception()) {
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception &e) {
      std::cerr << " after uncaught exception: " << e.what();
    } catch (...) {
    }
  }
  std::cerr << std::endl;
  std::abort();
}

struct CrashReporter {
  std::terminate_handler previous;
  CrashReporter() : previous(std::set_terminate(crash_handler)) {}
  ~CrashReporter() { std::set_terminate(previous); }
};

int risky(int n) {
  if (n % 3 == 0)
    throw std::runtime_error("multiple of three: " + std::to_string(n));
  return n * 2;
}
} // namespace

int main() {
  CrashReporter reporter;
  bool installed = std::get_terminate() == crash_handler;

  int sum = 0, handled = 0;
  for (int i = 1; i <= 10; ++i) {
    try {
      sum += risky(i);
    } catch (const std::exception &) {
      ++handled;
    }
  }
  std::cout << "sum=" << sum << " handled=" << handled
            << " handler installed=" << installed << '\n';
  std::cout << "terminate handler fired: " << g_terminating << std::endl;
  return (installed && sum == 2 * (1 + 2 + 4 + 5 + 7 + 8 + 10) &&
          handled == 3 && !g_terminating)
             ? 0
             : 1;
}
