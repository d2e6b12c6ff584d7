// Deduplicating identical files by replacing copies with hard links, checking
// hard_link_count and equivalent.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

std::string content_of(const fs::path &p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Returns the number of files replaced by links.
int dedupe(const fs::path &dir) {
  std::map<std::string, fs::path> firstByContent;
  std::vector<fs::path> files;
  for (const auto &e : fs::directory_iterator(dir))
    if (e.is_regular_file())
      files.push_back(e.path());
  std::sort(files.begin(), files.end());
  int replaced = 0;
  for (const auto &f : files) {
    auto [it, inserted] = firstByContent.emplace(content_of(f), f);
    if (inserted || fs::equivalent(it->second, f))
      continue;
    fs::remove(f);
    fs::create_hard_link(it->second, f);
    ++replaced;
  }
  return replaced;
}

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("dedupe-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  for (int i = 0; i < 4; ++i)
    std::ofstream(dir / ("copy" + std::to_string(i) + ".txt"))
        << "same payload\n";
  std::ofstream(dir / "unique.txt") << "different\n";

  int r1 = dedupe(dir);
  int r2 = dedupe(dir); // idempotent
  auto links = fs::hard_link_count(dir / "copy0.txt");
  auto uniqueLinks = fs::hard_link_count(dir / "unique.txt");
  bool eq = fs::equivalent(dir / "copy1.txt", dir / "copy3.txt");
  std::cout << "replaced " << r1 << " then " << r2 << "; copy0 link count "
            << links << ", unique " << uniqueLinks << ", copy1~copy3 " << eq
            << '\n';

  // Writing through one name is visible through the others.
  std::ofstream(dir / "copy2.txt", std::ios::app) << "appended\n";
  bool shared = content_of(dir / "copy0.txt") == "same payload\nappended\n";
  std::cout << "shared inode write visible: " << shared << std::endl;

  fs::remove_all(dir);
  return (r1 == 3 && r2 == 0 && links == 4 && uniqueLinks == 1 && eq && shared)
             ? 0
             : 1;
}
