// Backing up a directory tree with fs::copy and copy_options::recursive, then
// verifying the copy file by file.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

std::set<std::string> relative_listing(const fs::path &root) {
  std::set<std::string> s;
  for (const auto &e : fs::recursive_directory_iterator(root))
    s.insert(fs::relative(e.path(), root).generic_string() +
             (e.is_directory() ? "/" : ""));
  return s;
}

class Backup {
public:
  Backup(fs::path src, fs::path dst)
      : src_(std::move(src)), dst_(std::move(dst)) {}
  void run() {
    fs::copy(src_, dst_,
             fs::copy_options::recursive |
                 fs::copy_options::overwrite_existing);
  }
  void run_dirs_only(const fs::path &dst) {
    fs::copy(src_, dst,
             fs::copy_options::recursive | fs::copy_options::directories_only);
  }

private:
  fs::path src_, dst_;
};

int main() {
  const fs::path root =
      fs::temp_directory_path() / ("copyrec-" + std::to_string(::getpid()));
  const fs::path src = root / "project";
  fs::create_directories(src / "docs/img");
  fs::create_directories(src / "src");
  std::ofstream(src / "docs/index.md") << "# docs\n";
  std::ofstream(src / "docs/img/logo.svg") << "<svg/>";
  std::ofstream(src / "src/main.c") << "int main(void){return 0;}\n";

  Backup b(src, root / "backup");
  b.run();
  std::ofstream(src / "src/main.c") << "changed\n";
  b.run(); // second run overwrites
  b.run_dirs_only(root / "skeleton");

  auto a = relative_listing(src);
  auto c = relative_listing(root / "backup");
  auto sk = relative_listing(root / "skeleton");
  for (const auto &p : c)
    std::cout << "backup/" << p << '\n';
  std::cout << "skeleton entries: " << sk.size() << '\n';

  std::ifstream in(root / "backup/src/main.c");
  std::string line;
  std::getline(in, line);
  in.close();
  fs::remove_all(root);
  return (a == c && sk.size() == 3 && line == "changed") ? 0 : 1;
}
