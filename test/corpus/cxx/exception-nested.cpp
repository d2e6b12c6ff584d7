// Adding context while unwinding with std::throw_with_nested and printing the
// whole chain with std::rethrow_if_nested.
#include <exception>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

void print_chain(const std::exception &e, std::vector<std::string> &out,
                 int level = 0) {
  out.push_back(std::string(static_cast<std::size_t>(level) * 2, ' ') +
                e.what());
  try {
    std::rethrow_if_nested(e);
  } catch (const std::exception &inner) {
    print_chain(inner, out, level + 1);
  } catch (...) {
    out.push_back("unknown nested exception");
  }
}

int parse_port(const std::string &s) {
  std::size_t used = 0;
  int v = std::stoi(s, &used); // throws std::invalid_argument
  if (used != s.size() || v <= 0 || v > 65535)
    throw std::out_of_range("port out of range: " + s);
  return v;
}

int load_listener(const std::string &spec) {
  try {
    return parse_port(spec.substr(spec.find(':') + 1));
  } catch (...) {
    std::throw_with_nested(
        std::runtime_error("invalid listener '" + spec + "'"));
  }
}

void load_config(const std::vector<std::string> &listeners) {
  for (std::size_t i = 0; i < listeners.size(); ++i) {
    try {
      load_listener(listeners[i]);
    } catch (...) {
      std::throw_with_nested(std::runtime_error(
          "config entry #" + std::to_string(i) + " rejected"));
    }
  }
}

int main() {
  std::vector<std::string> lines;
  try {
    load_config({"0.0.0.0:80", "127.0.0.1:8443", "[::]:http"});
  } catch (const std::exception &e) {
    print_chain(e, lines);
  }
  for (const auto &l : lines)
    std::cout << l << '\n';

  std::vector<std::string> lines2;
  try {
    load_config({"x:70000"});
  } catch (const std::exception &e) {
    print_chain(e, lines2);
  }
  for (const auto &l : lines2)
    std::cout << l << '\n';

  // The nested_exception base is reachable with dynamic_cast too.
  bool isNested = false;
  try {
    load_listener("y:0");
  } catch (const std::runtime_error &e) {
    isNested = dynamic_cast<const std::nested_exception *>(&e) != nullptr;
  }
  std::cout << "has nested_exception base: " << isNested << std::endl;
  return (lines.size() == 3 && lines[0] == "config entry #2 rejected" &&
          lines[2] == "    stoi" && lines2.size() == 3 && isNested)
             ? 0
             : 1;
}
