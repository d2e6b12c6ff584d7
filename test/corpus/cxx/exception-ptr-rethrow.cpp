// Capturing failures as std::exception_ptr in a batch job
// (current_exception/make_exception_ptr) and rethrowing them later for
// reporting.
#include <exception>
#include <functional>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

struct TaskResult {
  std::string name;
  std::exception_ptr error;
};

class BatchRunner {
public:
  void add(std::string name, std::function<void()> fn) {
    tasks_.push_back({std::move(name), std::move(fn)});
  }

  std::vector<TaskResult> run() {
    std::vector<TaskResult> results;
    for (auto &[name, fn] : tasks_) {
      TaskResult r{name, nullptr};
      try {
        fn();
      } catch (...) {
        r.error = std::current_exception();
      }
      results.push_back(r);
    }
    return results;
  }

private:
  std::vector<std::pair<std::string, std::function<void()>>> tasks_;
};

std::string describe(const std::exception_ptr &p) {
  try {
    std::rethrow_exception(p);
  } catch (const std::logic_error &e) {
    return std::string("logic_error: ") + e.what();
  } catch (const std::exception &e) {
    return std::string("exception: ") + e.what();
  } catch (int code) {
    return "int: " + std::to_string(code);
  }
}

int main() {
  BatchRunner runner;
  runner.add("resize", [] {});
  runner.add("parse", [] { (void)std::stoi("x"); });
  runner.add("legacy", [] { throw 42; });
  runner.add("bounds", [] { std::vector<int>(3).at(7); });
  runner.add("io", [] { throw std::runtime_error("disk on fire"); });

  auto results = runner.run();
  int failures = 0;
  std::vector<std::string> msgs;
  for (const auto &r : results) {
    if (!r.error) {
      std::cout << r.name << ": ok\n";
      continue;
    }
    ++failures;
    msgs.push_back(describe(r.error));
    std::cout << r.name << ": " << msgs.back() << '\n';
  }

  std::exception_ptr made =
      std::make_exception_ptr(std::overflow_error("counter wrapped"));
  std::string m = describe(made);
  std::cout << "made: " << m << std::endl;
  return (failures == 4 && msgs[0] == "logic_error: stoi" &&
          msgs[1] == "int: 42" && msgs[3] == "exception: disk on fire" &&
          m == "exception: counter wrapped")
             ? 0
             : 1;
}
