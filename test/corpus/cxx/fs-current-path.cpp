// Temporarily changing the working directory with fs::current_path inside an
// RAII guard, resolving relative paths against it.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

class ScopedChdir {
public:
  explicit ScopedChdir(const fs::path &to) : saved_(fs::current_path()) {
    fs::current_path(to);
  }
  ~ScopedChdir() {
    std::error_code ec;
    fs::current_path(saved_, ec);
  }
  ScopedChdir(const ScopedChdir &) = delete;
  ScopedChdir &operator=(const ScopedChdir &) = delete;

private:
  fs::path saved_;
};

int main() {
  const fs::path start = fs::current_path();
  const fs::path work = fs::canonical(fs::temp_directory_path()) /
                        ("cwd-" + std::to_string(::getpid()));
  fs::create_directories(work / "nested");

  fs::path inside, inside2;
  bool relativeFileSeen = false;
  {
    ScopedChdir cd(work);
    inside = fs::current_path();
    std::ofstream("relative.txt") << "written via relative path\n";
    relativeFileSeen = fs::exists(work / "relative.txt");
    {
      ScopedChdir cd2("nested");
      inside2 = fs::current_path();
    }
    std::cout << "back to " << fs::current_path().filename() << '\n';
  }
  const fs::path after = fs::current_path();
  std::cout << "inside=" << inside.filename()
            << " nested=" << inside2.filename() << '\n';
  std::cout << "restored: " << std::boolalpha << (after == start) << std::endl;

  fs::remove_all(work);
  return (inside == work && inside2 == work / "nested" && relativeFileSeen &&
          after == start)
             ? 0
             : 1;
}
