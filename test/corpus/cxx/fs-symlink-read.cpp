// Managing a "current" release symlink: create_symlink, read_symlink to find
// the target, and re-pointing it atomically.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

class ReleaseManager {
public:
  explicit ReleaseManager(fs::path root) : root_(std::move(root)) {
    fs::create_directories(root_ / "releases");
  }

  void install(const std::string &version) {
    fs::create_directory(root_ / "releases" / version);
    std::ofstream(root_ / "releases" / version / "VERSION") << version << '\n';
  }

  void activate(const std::string &version) {
    const fs::path tmp = root_ / "current.new";
    fs::remove(tmp);
    fs::create_directory_symlink(fs::path("releases") / version, tmp);
    fs::rename(tmp, root_ / "current"); // replaces the old link in one step
  }

  std::string active() const {
    return fs::read_symlink(root_ / "current").filename().string();
  }

  std::string version_file() const {
    std::ifstream in(root_ / "current" / "VERSION");
    std::string v;
    in >> v;
    return v;
  }

private:
  fs::path root_;
};

int main() {
  const fs::path root =
      fs::temp_directory_path() / ("releases-" + std::to_string(::getpid()));
  ReleaseManager rm(root);
  rm.install("1.0.0");
  rm.install("1.1.0");

  rm.activate("1.0.0");
  std::string a1 = rm.active(), v1 = rm.version_file();
  rm.activate("1.1.0");
  std::string a2 = rm.active(), v2 = rm.version_file();
  std::cout << "active " << a1 << " (" << v1 << ") -> " << a2 << " (" << v2
            << ")\n";

  std::ofstream(root / "notes.txt") << "n";
  fs::create_symlink(root / "notes.txt", root / "notes-abs");
  fs::path target = fs::read_symlink(root / "notes-abs");
  std::cout << "absolute link target is absolute: " << target.is_absolute()
            << '\n';

  std::error_code ec;
  (void)fs::read_symlink(root / "notes.txt", ec); // not a link
  std::cout << "read_symlink on regular file: " << ec.message() << '\n';

  fs::remove_all(root);
  return (a1 == "1.0.0" && v1 == "1.0.0" && a2 == "1.1.0" && v2 == "1.1.0" &&
          target.is_absolute() && ec)
             ? 0
             : 1;
}
