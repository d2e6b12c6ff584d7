// Catches an exception inside a worker thread, stores it in a
// std::exception_ptr, and rethrows it on the joining thread.
#include <exception>
#include <iostream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

int parse_port(const std::string &s) {
  std::size_t pos = 0;
  int v = std::stoi(s, &pos);
  if (pos != s.size() || v <= 0 || v > 65535)
    throw std::out_of_range("bad port: " + s);
  return v;
}

int main() {
  std::vector<std::string> inputs{"8080", "99999", "443"};
  std::vector<int> ports(inputs.size(), 0);
  std::vector<std::exception_ptr> errors(inputs.size());
  std::vector<std::thread> ts;

  for (std::size_t i = 0; i < inputs.size(); ++i) {
    ts.emplace_back([&, i] {
      try {
        ports[i] = parse_port(inputs[i]);
      } catch (...) {
        errors[i] = std::current_exception();
      }
    });
  }
  for (auto &t : ts)
    t.join();

  int failures = 0;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!errors[i]) {
      std::cout << inputs[i] << " -> " << ports[i] << '\n';
      continue;
    }
    try {
      std::rethrow_exception(errors[i]);
    } catch (const std::out_of_range &e) {
      std::cerr << "worker failed: " << e.what() << '\n';
      ++failures;
    }
  }
  return (failures == 1 && ports[0] == 8080 && ports[2] == 443) ? 0 : 1;
}
