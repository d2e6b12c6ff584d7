// A command interpreter dispatching through std::map<std::string,
// std::function<...>> with argument parsing and an unknown-command fallback.
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

class Calculator {
public:
  using Args = std::vector<std::string>;
  using Handler = std::function<std::string(const Args &)>;

  Calculator() {
    commands_["push"] = [this](const Args &a) {
      for (const auto &s : a)
        stack_.push_back(std::stod(s));
      return "pushed " + std::to_string(a.size());
    };
    commands_["add"] = binary([](double x, double y) { return x + y; });
    commands_["mul"] = binary([](double x, double y) { return x * y; });
    commands_["sub"] = binary([](double x, double y) { return x - y; });
    commands_["peek"] = [this](const Args &) { return format(top()); };
    commands_["clear"] = [this](const Args &) {
      stack_.clear();
      return std::string("cleared");
    };
  }

  std::string execute(const std::string &line) {
    std::istringstream in(line);
    std::string name;
    in >> name;
    Args args;
    for (std::string a; in >> a;)
      args.push_back(a);
    auto it = commands_.find(name);
    if (it == commands_.end())
      return "error: unknown command '" + name + "'";
    try {
      return it->second(args);
    } catch (const std::exception &e) {
      return std::string("error: ") + e.what();
    }
  }

private:
  Handler binary(std::function<double(double, double)> op) {
    return [this, op](const Args &) {
      double b = pop(), a = pop();
      stack_.push_back(op(a, b));
      return format(stack_.back());
    };
  }
  double pop() {
    double v = top();
    stack_.pop_back();
    return v;
  }
  double top() const {
    if (stack_.empty())
      throw std::underflow_error("stack empty");
    return stack_.back();
  }
  static std::string format(double v) {
    std::ostringstream os;
    os << v;
    return os.str();
  }

  std::map<std::string, Handler> commands_;
  std::vector<double> stack_;
};

int main() {
  Calculator calc;
  const std::vector<std::string> script{
      "push 2 3 4", "mul", "add", "peek", "sub", "clear", "frob", "push x"};
  std::vector<std::string> out;
  for (const auto &line : script) {
    out.push_back(calc.execute(line));
    std::cout << "> " << line << "\n" << out.back() << '\n';
  }
  return (out[1] == "12" && out[2] == "14" && out[3] == "14" &&
          out[4] == "error: stack empty" &&
          out[6] == "error: unknown command 'frob'" && out[7] == "error: stod")
             ? 0
             : 1;
}
