// Classifying paths with status() (follows links) versus symlink_status() (the
// link itself), including dangling links.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

const char *type_name(fs::file_type t) {
  switch (t) {
  case fs::file_type::regular:
    return "regular";
  case fs::file_type::directory:
    return "directory";
  case fs::file_type::symlink:
    return "symlink";
  case fs::file_type::not_found:
    return "not_found";
  case fs::file_type::fifo:
    return "fifo";
  case fs::file_type::character:
    return "character";
  default:
    return "other";
  }
}

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("status-" + std::to_string(::getpid()));
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "file.txt") << "x";
  fs::create_symlink("file.txt", dir / "good-link");
  fs::create_symlink("nowhere", dir / "dangling-link");
  fs::create_directory_symlink("sub", dir / "dir-link");

  std::map<std::string, std::pair<std::string, std::string>> seen;
  for (const char *name : {"file.txt", "sub", "good-link", "dangling-link",
                           "dir-link", "missing"}) {
    const fs::path p = dir / name;
    fs::file_status st = fs::status(p); // no throw for not_found
    fs::file_status lst = fs::symlink_status(p);
    seen[name] = {type_name(st.type()), type_name(lst.type())};
    std::cout << name << ": status=" << type_name(st.type())
              << " symlink_status=" << type_name(lst.type())
              << " exists=" << fs::exists(st) << '\n';
  }
  std::cout << "/dev/null is " << type_name(fs::status("/dev/null").type())
            << '\n';

  fs::remove_all(dir);
  bool ok = seen["good-link"] == std::make_pair(std::string("regular"),
                                                std::string("symlink")) &&
            seen["dangling-link"] == std::make_pair(std::string("not_found"),
                                                    std::string("symlink")) &&
            seen["dir-link"].first == "directory" &&
            seen["missing"].second == "not_found" &&
            fs::is_character_file("/dev/null");
  return ok ? 0 : 1;
}
