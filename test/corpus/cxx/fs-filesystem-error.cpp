// Catching std::filesystem::filesystem_error from throwing overloads and
// reporting path1/path2 and the error code.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

template <class Fn> bool attempt(const char *what, Fn fn) {
  try {
    fn();
    std::cout << what << ": ok\n";
    return true;
  } catch (const fs::filesystem_error &e) {
    std::cout << what << ": filesystem_error [" << e.code().message()
              << "] path1=" << e.path1().filename()
              << " path2=" << e.path2().filename() << '\n';
    return false;
  }
}

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("fserr-" + std::to_string(::getpid()));
  fs::create_directories(dir / "full");
  std::ofstream(dir / "full/file") << "x";
  std::ofstream(dir / "plain") << "y";

  int failures = 0;
  failures += !attempt("copy_file missing source",
                       [&] { fs::copy_file(dir / "missing", dir / "dst"); });
  failures +=
      !attempt("remove non-empty dir", [&] { fs::remove(dir / "full"); });
  failures += !attempt("create_directory under a file",
                       [&] { fs::create_directories(dir / "plain/sub"); });
  failures += !attempt("rename missing",
                       [&] { fs::rename(dir / "ghost", dir / "ghost2"); });
  failures += !attempt("file_size of missing",
                       [&] { (void)fs::file_size(dir / "ghost"); });
  failures += !attempt("directory_iterator on file",
                       [&] { fs::directory_iterator it(dir / "plain"); });
  failures +=
      !attempt("valid create", [&] { fs::create_directories(dir / "ok/dir"); });

  // filesystem_error is a system_error: a generic handler also works.
  bool caughtAsSystemError = false;
  try {
    (void)fs::last_write_time(dir / "ghost");
  } catch (const std::system_error &e) {
    caughtAsSystemError = e.code() == std::errc::no_such_file_or_directory;
  }

  fs::remove_all(dir);
  std::cout << failures << " operations failed, system_error base catch="
            << caughtAsSystemError << std::endl;
  return (failures == 6 && caughtAsSystemError) ? 0 : 1;
}
