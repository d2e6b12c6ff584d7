// Another thread reports failure through std::promise::set_exception, and the
// consumer sees it as an exception from future::get.
#include <exception>
#include <future>
#include <iostream>
#include <stdexcept>
#include <string>
#include <thread>

class ConnectionError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

static void connect_async(std::string host, std::promise<int> result) {
  try {
    if (host.find('.') == std::string::npos)
      throw ConnectionError("cannot resolve " + host);
    result.set_value(3); // fake socket fd
  } catch (...) {
    result.set_exception(std::current_exception());
  }
}

int main() {
  std::promise<int> p1, p2;
  auto f1 = p1.get_future(), f2 = p2.get_future();
  std::thread a(connect_async, "db.internal", std::move(p1));
  std::thread b(connect_async, "nohost", std::move(p2));

  int fd = f1.get();
  std::cout << "connected fd=" << fd << '\n';
  bool failed = false;
  try {
    f2.get();
  } catch (const ConnectionError &e) {
    std::cerr << "error: " << e.what() << '\n';
    failed = true;
  }
  a.join();
  b.join();

  // Also: make_exception_ptr without throwing.
  std::promise<int> p3;
  p3.set_exception(std::make_exception_ptr(std::logic_error("not configured")));
  bool logic = false;
  try {
    p3.get_future().get();
  } catch (const std::logic_error &) {
    logic = true;
  }

  return (fd == 3 && failed && logic) ? 0 : 1;
}
