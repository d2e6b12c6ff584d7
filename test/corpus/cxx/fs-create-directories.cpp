// Creating a nested output directory tree with create_directories before
// writing build artifacts, tolerating existing dirs.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

class OutputLayout {
public:
  explicit OutputLayout(fs::path root) : root_(std::move(root)) {}

  // Returns how many directories were newly created.
  int prepare(const std::vector<std::string> &targets) {
    int created = 0;
    for (const auto &t : targets) {
      for (const char *sub : {"obj", "bin", "logs/debug"}) {
        if (fs::create_directories(root_ / t / sub))
          ++created;
      }
    }
    return created;
  }

  fs::path artifact(const std::string &target, const std::string &name) const {
    return root_ / target / "bin" / name;
  }

private:
  fs::path root_;
};

int main() {
  const fs::path root =
      fs::temp_directory_path() / ("build-out-" + std::to_string(::getpid()));
  OutputLayout layout(root);

  int first = layout.prepare({"debug", "release"});
  int second = layout.prepare({"debug", "release", "asan"}); // only asan is new
  std::cout << "created " << first << " then " << second
            << " leaf directories\n";

  std::ofstream(layout.artifact("release", "app")) << "binary";
  bool single = fs::create_directory(root / "single");
  bool again = fs::create_directory(
      root / "single"); // already exists -> false, no throw

  std::size_t dirs = 0;
  for (auto &e : fs::recursive_directory_iterator(root))
    if (e.is_directory())
      ++dirs;
  std::cout << "directories under root: " << dirs << '\n';

  const bool ok = first == 6 && second == 3 && single && !again &&
                  fs::is_regular_file(layout.artifact("release", "app"));
  fs::remove_all(root);
  std::cout << (ok ? "ok" : "unexpected") << std::endl;
  return ok ? 0 : 1;
}
