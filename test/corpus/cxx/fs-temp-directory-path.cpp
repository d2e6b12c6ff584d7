// Creating a unique scratch directory under temp_directory_path (honouring
// TMPDIR) with retries, removed on scope exit.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <stdexcept>
#include <string>

namespace fs = std::filesystem;

class ScratchDir {
public:
  explicit ScratchDir(const std::string &prefix) {
    std::mt19937 gen(
        static_cast<unsigned>(std::hash<std::string>{}(prefix) ^
                              reinterpret_cast<std::uintptr_t>(this)));
    const fs::path base = fs::temp_directory_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
      fs::path candidate =
          base / (prefix + "-" + std::to_string(gen() % 1000000));
      if (fs::create_directory(candidate)) { // false if it already existed
        path_ = candidate;
        return;
      }
    }
    throw std::runtime_error("could not create scratch dir");
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir &) = delete;
  ScratchDir &operator=(const ScratchDir &) = delete;
  const fs::path &path() const { return path_; }

private:
  fs::path path_;
};

int main() {
  const fs::path tmp = fs::temp_directory_path();
  const char *env = std::getenv("TMPDIR");
  std::cout << "temp dir: " << tmp << " (TMPDIR " << (env ? env : "unset")
            << ")\n";
  if (!fs::is_directory(tmp))
    return 1;

  fs::path remembered;
  {
    ScratchDir a("unit-test");
    ScratchDir b("unit-test");
    remembered = a.path();
    std::ofstream(a.path() / "scratch.txt") << "temp data\n";
    std::cout << "scratch dirs differ: " << (a.path() != b.path()) << '\n';
    if (a.path() == b.path() || !fs::exists(a.path() / "scratch.txt"))
      return 1;
    if (a.path().parent_path() != tmp)
      return 1;
  }
  bool cleaned = !fs::exists(remembered);
  std::cout << "cleaned up: " << cleaned << std::endl;
  return cleaned ? 0 : 1;
}
