// Reading commands line by line from std::cin with std::getline, as an
// interactive REPL loop does, ending on EOF.
#include <iostream>
#include <map>
#include <sstream>
#include <string>

class Repl {
public:
  explicit Repl(std::istream &in, std::ostream &out) : in_(in), out_(out) {}

  int run() {
    std::string line;
    int handled = 0;
    out_ << "> " << std::flush;
    while (std::getline(in_, line)) {
      handle(line);
      ++handled;
      out_ << "> " << std::flush;
    }
    out_ << "\nbye (" << handled << " lines)" << std::endl;
    return handled;
  }

private:
  void handle(const std::string &line) {
    std::istringstream ss(line);
    std::string cmd, key, value;
    ss >> cmd >> key >> value;
    if (cmd == "set")
      vars_[key] = value;
    else if (cmd == "get")
      out_ << vars_[key] << '\n';
    else
      out_ << "unknown: " << cmd << '\n';
  }

  std::istream &in_;
  std::ostream &out_;
  std::map<std::string, std::string> vars_;
};

int main() {
  // First exercise the loop against a scripted stream, then against the real
  // stdin.
  std::istringstream script("set a 1\nget a\nbogus\n");
  std::ostringstream transcript;
  int n = Repl(script, transcript).run();
  if (n != 3 || transcript.str().find("1\n") == std::string::npos)
    return 1;

  int m = Repl(std::cin, std::cout).run();
  return m == 0 ? 0 : 2;
}
