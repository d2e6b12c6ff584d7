// Runs a member function on a thread via &Class::method plus an object pointer,
// as classes that own a background worker do.
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

class LogScanner {
public:
  explicit LogScanner(std::vector<std::string> lines)
      : lines_(std::move(lines)) {}

  void scan(const std::string &needle) {
    for (const auto &l : lines_)
      if (l.find(needle) != std::string::npos)
        ++hits_;
  }

  int hits() const { return hits_; }

private:
  std::vector<std::string> lines_;
  int hits_ = 0;
};

int main() {
  LogScanner scanner(
      {"INFO start", "WARN disk", "ERROR io", "INFO ok", "ERROR net"});
  std::thread t(&LogScanner::scan, &scanner, std::string("ERROR"));
  t.join();

  std::printf("errors found: %d\n", scanner.hits());
  return scanner.hits() == 2 ? 0 : 1;
}
