// An exception thrown inside a std::async task is captured and rethrown from
// future::get in the caller.
#include <future>
#include <iostream>
#include <stdexcept>
#include <string>

static double safe_ratio(double a, double b) {
  if (b == 0)
    throw std::domain_error("division by zero");
  return a / b;
}

int main() {
  auto good = std::async(std::launch::async, safe_ratio, 10.0, 4.0);
  auto bad = std::async(std::launch::async, safe_ratio, 1.0, 0.0);

  double r = good.get();
  std::cout << "good ratio: " << r << '\n';

  std::string err;
  try {
    bad.get();
  } catch (const std::domain_error &e) {
    err = e.what();
    std::cerr << "task failed: " << err << '\n';
  }
  if (bad.valid())
    return 1; // get() consumes the shared state even on exception
  std::cout << "error propagated: " << (err.empty() ? "no" : "yes") << '\n';
  return (r == 2.5 && err == "division by zero") ? 0 : 1;
}
