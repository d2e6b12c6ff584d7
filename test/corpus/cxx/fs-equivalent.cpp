// Detecting that two different path spellings refer to the same file with
// fs::equivalent, to avoid copying a file onto itself.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

enum class CopyResult { Copied, SameFile, Error };

CopyResult safe_copy(const fs::path &from, const fs::path &to) {
  std::error_code ec;
  if (fs::exists(to) && fs::equivalent(from, to, ec))
    return CopyResult::SameFile;
  if (ec)
    return CopyResult::Error;
  fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
  return ec ? CopyResult::Error : CopyResult::Copied;
}

const char *str(CopyResult r) {
  switch (r) {
  case CopyResult::Copied:
    return "copied";
  case CopyResult::SameFile:
    return "same file, skipped";
  default:
    return "error";
  }
}

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("equiv-" + std::to_string(::getpid()));
  fs::create_directories(dir / "a/b");
  std::ofstream(dir / "a/b/data.txt") << "payload";
  fs::create_symlink(dir / "a/b/data.txt", dir / "link.txt");
  fs::create_hard_link(dir / "a/b/data.txt", dir / "hard.txt");

  CopyResult r1 = safe_copy(dir / "a/b/data.txt", dir / "a/./b/../b/data.txt");
  CopyResult r2 = safe_copy(dir / "link.txt", dir / "a/b/data.txt");
  CopyResult r3 = safe_copy(dir / "hard.txt", dir / "a/b/data.txt");
  CopyResult r4 = safe_copy(dir / "a/b/data.txt", dir / "copy.txt");
  CopyResult r5 =
      safe_copy(dir / "a/b/data.txt",
                dir / "copy.txt"); // exists now, but different inode
  std::cout << "dot-dot spelling: " << str(r1) << "\nsymlink: " << str(r2)
            << "\nhard link: " << str(r3) << "\nnew file: " << str(r4)
            << "\nexisting other file: " << str(r5) << '\n';

  std::error_code ec;
  bool e = fs::equivalent(dir / "nope1", dir / "nope2", ec);
  std::cout << "equivalent on missing files: " << e << " (" << ec.message()
            << ")" << std::endl;

  fs::remove_all(dir);
  return (r1 == CopyResult::SameFile && r2 == CopyResult::SameFile &&
          r3 == CopyResult::SameFile && r4 == CopyResult::Copied &&
          r5 == CopyResult::Copied && !e && ec)
             ? 0
             : 1;
}
