// Program-wide static objects whose constructors and destructors do I/O: a
// registry filled before main and a log file flushed at exit.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

// Function-local static avoids the static-initialisation-order problem for the
// registry.
std::map<std::string, int (*)(int)> &registry() {
  static std::map<std::string, int (*)(int)> r;
  return r;
}

struct Registrar {
  Registrar(const char *name, int (*fn)(int)) {
    registry()[name] = fn;
    std::printf("static init: registered %s\n", name);
  }
};

int twice(int x) { return 2 * x; }
int square(int x) { return x * x; }
const Registrar regTwice("twice", twice);
const Registrar regSquare("square", square);

class AuditLog {
public:
  AuditLog()
      : path_(fs::temp_directory_path() /
              ("static-audit-" + std::to_string(::getpid()) + ".log")),
        out_(path_) {
    out_ << "audit opened\n";
    std::cout << "static init: audit log opened" << std::endl;
  }
  ~AuditLog() {
    out_ << "audit closed\n";
    out_.close();
    std::ifstream in(path_);
    int lines = 0;
    for (std::string l; std::getline(in, l);)
      ++lines;
    in.close();
    std::error_code ec;
    fs::remove(path_, ec);
    // std::cout is still usable here: it outlives all user statics.
    std::cout << "static dtor: audit log had " << lines << " lines"
              << std::endl;
  }
  void record(const std::string &s) { out_ << s << '\n'; }

private:
  fs::path path_;
  std::ofstream out_;
};

AuditLog g_audit;

} // namespace

int main() {
  std::cout << "main: " << registry().size() << " functions registered"
            << std::endl;
  int result = 0;
  for (const auto &[name, fn] : registry()) {
    int v = fn(7);
    g_audit.record(name + "(7)=" + std::to_string(v));
    std::cout << name << "(7) = " << v << '\n';
    result += v;
  }
  return (registry().size() == 2 && result == 14 + 49) ? 0 : 1;
}
