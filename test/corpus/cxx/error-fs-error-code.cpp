// Using the non-throwing std::filesystem overloads that report failures through
// std::error_code, as server code avoiding exceptions does.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <system_error>
#include <unistd.h>

namespace fs = std::filesystem;

struct Result {
  bool ok;
  std::string detail;
};

Result prepare_spool(const fs::path &root) {
  std::error_code ec;
  fs::create_directories(root / "spool/incoming", ec);
  if (ec)
    return {false, "create_directories: " + ec.message()};

  std::ofstream(root / "spool/incoming/job1") << "job";
  const auto size = fs::file_size(root / "spool/incoming/job1", ec);
  if (ec)
    return {false, "file_size: " + ec.message()};

  fs::rename(root / "spool/incoming/job1", root / "spool/job1", ec);
  if (ec)
    return {false, "rename: " + ec.message()};
  return {true, "spooled " + std::to_string(size) + " bytes"};
}

int main() {
  const fs::path root =
      fs::temp_directory_path() / ("ec-" + std::to_string(::getpid()));
  Result r = prepare_spool(root);
  std::cout << "prepare: " << r.detail << '\n';

  int expectedFailures = 0;
  std::error_code ec;

  fs::copy_file(root / "nope", root / "dst", ec);
  std::cout << "copy_file missing: value=" << ec.value()
            << " category=" << ec.category().name() << " msg=" << ec.message()
            << '\n';
  expectedFailures += ec == std::errc::no_such_file_or_directory;

  bool removed = fs::remove(root / "spool", ec); // non-empty directory
  std::cout << "remove non-empty: removed=" << removed
            << " msg=" << ec.message() << '\n';
  expectedFailures += (!removed && ec == std::errc::directory_not_empty);

  std::ofstream(root / "file") << "x";
  fs::create_directory(root / "file" / "child", ec);
  std::cout << "mkdir under file: " << ec.message() << '\n';
  expectedFailures += ec == std::errc::not_a_directory;

  // Success clears the error_code.
  bool exists = fs::exists(root / "spool/job1", ec);
  std::cout << "exists job1: " << exists << " ec cleared: " << !ec << '\n';

  std::uintmax_t n = fs::remove_all(root, ec);
  std::cout << "remove_all removed " << n << " entries, ec=" << ec.value()
            << std::endl;
  return (r.ok && expectedFailures == 3 && exists && !ec && n == 5) ? 0 : 1;
}
