// Validating command-line-style path options up front with exists,
// is_directory, is_regular_file and is_empty.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

struct Options {
  fs::path inputFile;
  fs::path outputDir;
  fs::path cacheDir;
};

std::vector<std::string> validate(const Options &o) {
  std::vector<std::string> errors;
  if (!fs::exists(o.inputFile))
    errors.push_back("input does not exist: " +
                     o.inputFile.filename().string());
  else if (!fs::is_regular_file(o.inputFile))
    errors.push_back("input is not a file");
  else if (fs::is_empty(o.inputFile))
    errors.push_back("input is empty");

  if (fs::exists(o.outputDir) && !fs::is_directory(o.outputDir))
    errors.push_back("output is not a directory");
  if (fs::is_directory(o.cacheDir) && !fs::is_empty(o.cacheDir))
    errors.push_back("cache dir not empty");
  return errors;
}

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("validate-" + std::to_string(::getpid()));
  fs::create_directories(dir / "out");
  fs::create_directories(dir / "cache");
  std::ofstream(dir / "input.csv") << "a,b\n1,2\n";
  std::ofstream(dir / "empty.csv").flush();
  std::ofstream(dir / "cache/stale").flush();

  Options good{dir / "input.csv", dir / "out", dir / "fresh-cache"};
  Options bad1{dir / "nope.csv", dir / "input.csv", dir / "cache"};
  Options bad2{dir / "empty.csv", dir / "new-out", dir / "out"};
  Options bad3{dir / "out", dir / "out", dir / "out"};

  int total = 0;
  std::vector<std::size_t> counts;
  for (const Options *o : {&good, &bad1, &bad2, &bad3}) {
    auto errs = validate(*o);
    counts.push_back(errs.size());
    for (const auto &e : errs)
      std::cout << "  error: " << e << '\n';
    total += static_cast<int>(errs.size());
  }
  std::cout << total << " validation errors" << std::endl;
  fs::remove_all(dir);
  return (counts == std::vector<std::size_t>{0, 3, 1, 1}) ? 0 : 1;
}
