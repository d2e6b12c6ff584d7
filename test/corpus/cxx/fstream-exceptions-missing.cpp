// Enabling ifstream::exceptions so that opening a missing file throws
// std::ios_base::failure, caught by the caller.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

std::vector<std::string> read_lines_strict(const fs::path &p) {
  std::ifstream in;
  in.exceptions(std::ifstream::failbit | std::ifstream::badbit);
  in.open(p); // throws if missing
  std::vector<std::string> lines;
  in.exceptions(
      std::ifstream::badbit); // EOF/fail at end of getline loop is expected
  std::string line;
  while (std::getline(in, line))
    lines.push_back(line);
  return lines;
}

int main() {
  const fs::path dir = fs::temp_directory_path() /
                       ("fstream-exc-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path present = dir / "present.txt";
  const fs::path missing = dir / "does-not-exist.txt";
  std::ofstream(present) << "one\ntwo\n";

  int rc = 0;
  try {
    auto lines = read_lines_strict(present);
    std::cout << "present.txt has " << lines.size() << " lines\n";
    if (lines.size() != 2)
      rc = 1;
  } catch (const std::ios_base::failure &e) {
    std::cerr << "unexpected failure: " << e.what() << '\n';
    rc = 1;
  }

  try {
    read_lines_strict(missing);
    std::cerr << "expected an exception for the missing file\n";
    rc = 1;
  } catch (const std::ios_base::failure &e) {
    std::cout << "caught ios_base::failure for missing file (code "
              << e.code().value() << ")\n";
  }

  fs::remove_all(dir);
  return rc;
}
