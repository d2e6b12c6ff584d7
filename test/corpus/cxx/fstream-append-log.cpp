// Appending timestamped-style entries to a log file with std::ios::app across
// several open/close cycles.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

class AppendLogger {
public:
  explicit AppendLogger(fs::path file) : file_(std::move(file)) {}

  void log(const std::string &level, const std::string &msg) {
    // Reopen per message like simple loggers do, so other writers can
    // interleave.
    std::ofstream out(file_, std::ios::out | std::ios::app);
    out << ++seq_ << " [" << level << "] " << msg << '\n';
  }

private:
  fs::path file_;
  int seq_ = 0;
};

int main() {
  std::string tmpl = (fs::temp_directory_path() / "applog-XXXXXX").string();
  if (!::mkdtemp(tmpl.data()))
    return 1;
  const fs::path dir = tmpl;
  const fs::path logfile = dir / "app.log";

  { std::ofstream(logfile) << "# log start\n"; }
  AppendLogger logger(logfile);
  logger.log("INFO", "service started");
  logger.log("WARN", "disk 80% full");
  logger.log("INFO", "service stopped");

  std::ifstream in(logfile);
  std::string line;
  int lines = 0;
  while (std::getline(in, line)) {
    std::cout << line << '\n';
    ++lines;
  }
  in.close();
  fs::remove_all(dir);
  std::cout << lines << " lines" << std::endl;
  return lines == 4 ? 0 : 1;
}
