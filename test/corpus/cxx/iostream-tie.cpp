// Tying an output stream to another so a prompt is flushed before input is
// read, and inspecting std::cin.tie().
#include <iostream>
#include <sstream>
#include <string>

class LoggingBuf : public std::stringbuf {
public:
  int syncs = 0;

protected:
  int sync() override {
    ++syncs;
    return std::stringbuf::sync();
  }
};

int main() {
  if (std::cin.tie() != &std::cout) {
    std::cerr << "cin should be tied to cout by default\n";
    return 1;
  }
  if (std::cerr.tie() != &std::cout) {
    std::cerr << "cerr should be tied to cout by default\n";
    return 1;
  }

  LoggingBuf promptBuf;
  std::ostream prompt(&promptBuf);
  std::istringstream answers("alice\n42\n");
  answers.tie(&prompt);

  std::string name;
  int age = 0;
  prompt << "name? ";
  answers >> name; // flushes prompt first
  prompt << "age? ";
  answers >> age;

  std::cout << "prompt text: [" << promptBuf.str()
            << "] syncs=" << promptBuf.syncs << '\n';
  std::cout << "name=" << name << " age=" << age << '\n';

  // Untie and read the real stdin; prompt goes out explicitly.
  std::ostream *old = std::cin.tie(nullptr);
  std::cout << "reading stdin..." << std::flush;
  std::string rest;
  std::getline(std::cin, rest);
  std::cin.tie(old);
  std::cout << " got " << rest.size() << " chars" << std::endl;

  return (promptBuf.syncs >= 2 && name == "alice" && age == 42) ? 0 : 1;
}
