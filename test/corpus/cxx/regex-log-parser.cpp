// A simple access-log parser: reads a log file line by line and extracts fields
// with a compiled std::regex to build statistics.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

struct LogStats {
  std::map<int, int> byStatus;
  std::map<std::string, long> bytesByPath;
  int unparsed = 0;
};

LogStats parse_log(std::istream &in) {
  // 127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200
  // 2326
  static const std::regex line_re(
      R"(^(\S+) \S+ \S+ \[([^\]]+)\] "(GET|POST|PUT|DELETE|HEAD) (\S+) HTTP/[\d.]+" (\d{3}) (\d+|-)$)");
  LogStats st;
  std::string line;
  std::smatch m;
  while (std::getline(in, line)) {
    if (!std::regex_match(line, m, line_re)) {
      ++st.unparsed;
      continue;
    }
    ++st.byStatus[std::stoi(m[5])];
    if (m[6] != "-")
      st.bytesByPath[m[4]] += std::stol(m[6]);
  }
  return st;
}

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("logparse-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path log = dir / "access.log";
  {
    std::ofstream out(log);
    out << R"(10.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326)"
           "\n"
        << R"(10.0.0.2 - bob [10/Oct/2023:13:55:40 +0000] "POST /api/login HTTP/1.1" 302 -)"
           "\n"
        << R"(10.0.0.1 - - [10/Oct/2023:13:56:01 +0000] "GET /index.html HTTP/2.0" 200 2326)"
           "\n"
        << "garbage line\n"
        << R"(10.0.0.3 - - [10/Oct/2023:13:57:12 +0000] "GET /missing HTTP/1.1" 404 153)"
           "\n";
  }

  std::ifstream in(log);
  LogStats st = parse_log(in);
  in.close();
  fs::remove_all(dir);

  for (const auto &[code, n] : st.byStatus)
    std::cout << "status " << code << ": " << n << '\n';
  for (const auto &[path, bytes] : st.bytesByPath)
    std::cout << path << ": " << bytes << " bytes\n";
  std::cout << "unparsed: " << st.unparsed << std::endl;
  return (st.byStatus[200] == 2 && st.byStatus[302] == 1 &&
          st.byStatus[404] == 1 && st.unparsed == 1 &&
          st.bytesByPath["/index.html"] == 4652)
             ? 0
             : 1;
}
