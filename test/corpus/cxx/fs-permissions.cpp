// Making a generated script executable and a secrets file private with
// fs::permissions add/remove/replace options.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

std::string mode_string(fs::perms p) {
  std::string s;
  const fs::perms bits[] = {
      fs::perms::owner_read,  fs::perms::owner_write,  fs::perms::owner_exec,
      fs::perms::group_read,  fs::perms::group_write,  fs::perms::group_exec,
      fs::perms::others_read, fs::perms::others_write, fs::perms::others_exec};
  const char *letters = "rwxrwxrwx";
  for (int i = 0; i < 9; ++i)
    s += (p & bits[i]) != fs::perms::none ? letters[i] : '-';
  return s;
}

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("perms-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path script = dir / "run.sh";
  const fs::path secret = dir / "token";
  std::ofstream(script) << "#!/bin/sh\necho hi\n";
  std::ofstream(secret) << "s3cr3t\n";

  fs::permissions(script,
                  fs::perms::owner_all | fs::perms::group_read |
                      fs::perms::others_read,
                  fs::perm_options::replace);
  fs::permissions(script, fs::perms::group_exec | fs::perms::others_exec,
                  fs::perm_options::add);
  fs::permissions(secret, fs::perms::owner_read | fs::perms::owner_write,
                  fs::perm_options::replace);
  fs::permissions(secret, fs::perms::owner_write, fs::perm_options::remove);

  const auto sp = fs::status(script).permissions();
  const auto tp = fs::status(secret).permissions();
  std::cout << "run.sh " << mode_string(sp) << '\n'
            << "token  " << mode_string(tp) << '\n';

  // Make the secret writable again so cleanup works everywhere.
  fs::permissions(secret, fs::perms::owner_write, fs::perm_options::add);
  fs::remove_all(dir);
  return (mode_string(sp) == "rwxr-xr-x" && mode_string(tp) == "r--------") ? 0
                                                                            : 1;
}
