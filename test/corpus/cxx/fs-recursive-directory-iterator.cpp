// Walking a project tree with recursive_directory_iterator to total file sizes
// by extension, pruning a ".git" directory.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

struct TreeStats {
  std::map<std::string, std::uintmax_t> bytesByExt;
  std::size_t files = 0;
  int maxDepth = 0;
};

TreeStats scan(const fs::path &root) {
  TreeStats st;
  for (auto it = fs::recursive_directory_iterator(
           root, fs::directory_options::skip_permission_denied);
       it != fs::recursive_directory_iterator(); ++it) {
    const fs::directory_entry &e = *it;
    if (e.is_directory() && e.path().filename() == ".git") {
      it.disable_recursion_pending();
      continue;
    }
    if (!e.is_regular_file())
      continue;
    ++st.files;
    st.bytesByExt[e.path().extension().string()] += e.file_size();
    st.maxDepth = std::max(st.maxDepth, it.depth());
  }
  return st;
}

void write(const fs::path &p, std::size_t n) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << std::string(n, 'x');
}

int main() {
  const fs::path root =
      fs::temp_directory_path() / ("rdi-" + std::to_string(::getpid()));
  write(root / "README.md", 100);
  write(root / "src/main.cpp", 300);
  write(root / "src/util/strings.cpp", 200);
  write(root / "src/util/strings.h", 50);
  write(root / "include/api/v1/api.h", 70);
  write(root / ".git/objects/ab/cdef", 999);
  write(root / ".git/HEAD", 20);

  TreeStats st = scan(root);
  for (const auto &[ext, bytes] : st.bytesByExt)
    std::cout << (ext.empty() ? "(none)" : ext) << ": " << bytes << '\n';
  std::cout << st.files << " files, max depth " << st.maxDepth << std::endl;

  fs::remove_all(root);
  return (st.files == 5 && st.bytesByExt[".cpp"] == 500 &&
          st.bytesByExt[".h"] == 120 && st.maxDepth == 3 &&
          st.bytesByExt.count("") == 0)
             ? 0
             : 1;
}
