// Listing one directory with directory_iterator, sorting entries by name and
// showing type and size like a tiny `ls -l`.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

struct Listing {
  std::string name;
  char type;
  std::uintmax_t size;
};

std::vector<Listing> list_dir(const fs::path &dir) {
  std::vector<Listing> out;
  for (const fs::directory_entry &e : fs::directory_iterator(dir)) {
    char type = e.is_directory()      ? 'd'
                : e.is_symlink()      ? 'l'
                : e.is_regular_file() ? '-'
                                      : '?';
    std::uintmax_t size = e.is_regular_file() ? e.file_size() : 0;
    out.push_back({e.path().filename().string(), type, size});
  }
  std::sort(out.begin(), out.end(),
            [](const Listing &a, const Listing &b) { return a.name < b.name; });
  return out;
}

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("ls-" + std::to_string(::getpid()));
  fs::create_directories(dir / "subdir");
  std::ofstream(dir / "b.txt") << "hello";
  std::ofstream(dir / "a.log") << std::string(1234, '.');
  fs::create_symlink("b.txt", dir / "c-link");

  auto entries = list_dir(dir);
  for (const auto &e : entries)
    std::cout << e.type << ' ' << std::setw(6) << e.size << ' ' << e.name
              << '\n';

  // Empty directory yields begin == end.
  fs::create_directory(dir / "empty");
  bool empty =
      fs::directory_iterator(dir / "empty") == fs::directory_iterator();

  fs::remove_all(dir);
  bool ok = entries.size() == 4 && entries[0].name == "a.log" &&
            entries[0].size == 1234 && entries[2].type == 'l' &&
            entries[3].type == 'd' && empty;
  std::cout << (ok ? "listing ok" : "listing wrong") << std::endl;
  return ok ? 0 : 1;
}
