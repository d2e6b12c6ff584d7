// Deploying config files with copy_file using skip_existing, overwrite_existing
// and update_existing options.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

std::string read_all(const fs::path &p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int main() {
  const fs::path root =
      fs::temp_directory_path() / ("copyfile-" + std::to_string(::getpid()));
  fs::create_directories(root / "defaults");
  fs::create_directories(root / "etc");
  std::ofstream(root / "defaults/app.conf") << "level=info\n";
  std::ofstream(root / "etc/app.conf") << "level=debug\n"; // user-modified

  // First install: plain copy of a new file.
  bool c1 = fs::copy_file(root / "defaults/app.conf", root / "etc/new.conf");

  // Don't clobber the user's file.
  bool c2 = fs::copy_file(root / "defaults/app.conf", root / "etc/app.conf",
                          fs::copy_options::skip_existing);
  std::string kept = read_all(root / "etc/app.conf");

  // Without options, copying onto an existing file is an error.
  std::error_code ec;
  fs::copy_file(root / "defaults/app.conf", root / "etc/app.conf", ec);
  std::cout << "plain copy onto existing: " << ec.message() << '\n';

  // update_existing only copies if source is newer; make destination newer
  // first.
  fs::last_write_time(root / "etc/app.conf",
                      fs::last_write_time(root / "defaults/app.conf") +
                          std::chrono::hours(1));
  bool c3 = fs::copy_file(root / "defaults/app.conf", root / "etc/app.conf",
                          fs::copy_options::update_existing);

  // Force reset.
  bool c4 = fs::copy_file(root / "defaults/app.conf", root / "etc/app.conf",
                          fs::copy_options::overwrite_existing);
  std::string reset = read_all(root / "etc/app.conf");

  std::cout << "copied new=" << c1 << " skip=" << c2 << " update=" << c3
            << " overwrite=" << c4 << '\n';
  std::cout << "kept: " << kept << "reset: " << reset;
  fs::remove_all(root);
  return (c1 && !c2 && !c3 && c4 && ec == std::errc::file_exists &&
          kept == "level=debug\n" && reset == "level=info\n")
             ? 0
             : 1;
}
