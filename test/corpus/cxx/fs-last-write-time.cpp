// A make-like staleness check comparing last_write_time of sources and outputs,
// and touching a file by setting its mtime.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace std::chrono_literals;

struct Rule {
  fs::path output;
  std::vector<fs::path> inputs;

  bool stale() const {
    if (!fs::exists(output))
      return true;
    const auto out = fs::last_write_time(output);
    for (const auto &in : inputs)
      if (fs::last_write_time(in) > out)
        return true;
    return false;
  }
};

void touch(const fs::path &p, fs::file_time_type when) {
  if (!fs::exists(p))
    std::ofstream(p).flush();
  fs::last_write_time(p, when);
}

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("mtime-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const auto base = fs::file_time_type::clock::now() - 24h;

  touch(dir / "a.c", base);
  touch(dir / "b.c", base + 1min);
  Rule rule{dir / "prog", {dir / "a.c", dir / "b.c"}};

  bool s1 = rule.stale(); // no output yet
  touch(dir / "prog", base + 2min);
  bool s2 = rule.stale();          // output newer than inputs
  touch(dir / "b.c", base + 3min); // edit a source
  bool s3 = rule.stale();

  auto t = fs::last_write_time(dir / "b.c");
  auto age = fs::file_time_type::clock::now() - t;
  auto hours = std::chrono::duration_cast<std::chrono::hours>(age).count();
  std::cout << "stale: " << s1 << s2 << s3 << ", b.c age ~" << hours << "h\n";

  bool exact = t == base + 3min;
  fs::remove_all(dir);
  std::cout << "mtime round trip exact: " << exact << std::endl;
  return (s1 && !s2 && s3 && hours == 23 && exact) ? 0 : 1;
}
