// Checking free disk space with fs::space before writing a large temporary
// file, as downloaders and installers do.
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

std::string human(std::uintmax_t bytes) {
  const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(bytes);
  int u = 0;
  while (v >= 1024 && u < 4) {
    v /= 1024;
    ++u;
  }
  std::ostringstream os;
  os << std::fixed << std::setprecision(1) << v << ' ' << units[u];
  return os.str();
}

bool enough_space_for(const fs::path &where, std::uintmax_t needed,
                      std::ostream &log) {
  std::error_code ec;
  const fs::space_info si = fs::space(where, ec);
  if (ec) {
    log << "space(" << where << ") failed: " << ec.message() << '\n';
    return false;
  }
  log << where.string() << ": capacity " << human(si.capacity) << ", free "
      << human(si.free) << ", available " << human(si.available) << '\n';
  return si.available >= needed;
}

int main() {
  bool small = enough_space_for("/tmp", 4096, std::cout);
  bool huge = enough_space_for(fs::temp_directory_path(),
                               static_cast<std::uintmax_t>(1) << 62, std::cout);
  std::cout << "room for 4 KiB: " << std::boolalpha << small
            << ", room for 4 EiB: " << huge << '\n';

  const fs::space_info si = fs::space("/tmp");
  bool consistent =
      si.capacity >= si.free && si.free >= si.available && si.capacity > 0;

  std::error_code ec;
  (void)fs::space("/definitely/not/here", ec);
  std::cout << "missing path: " << ec.message() << std::endl;
  return (small && !huge && consistent && ec) ? 0 : 1;
}
