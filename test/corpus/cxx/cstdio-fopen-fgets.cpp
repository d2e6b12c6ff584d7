// C-style file handling from C++: fopen/fprintf to write a report, fgets/sscanf
// to parse it back, ferror/feof checks and fclose.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

struct Reading {
  char sensor[16];
  int hour;
  double celsius;
};

bool write_report(const char *path, const Reading *rs, int n) {
  std::FILE *f = std::fopen(path, "w");
  if (!f)
    return false;
  std::fprintf(f, "# sensor hour celsius\n");
  for (int i = 0; i < n; ++i)
    std::fprintf(f, "%s %d %.2f\n", rs[i].sensor, rs[i].hour, rs[i].celsius);
  bool ok = !std::ferror(f);
  return std::fclose(f) == 0 && ok;
}

int read_report(const char *path, double &maxC, std::string &hottest) {
  std::FILE *f = std::fopen(path, "r");
  if (!f)
    return -1;
  char line[128];
  int n = 0;
  maxC = -273.15;
  while (std::fgets(line, sizeof line, f)) {
    if (line[0] == '#')
      continue;
    Reading r{};
    if (std::sscanf(line, "%15s %d %lf", r.sensor, &r.hour, &r.celsius) != 3)
      continue;
    ++n;
    if (r.celsius > maxC) {
      maxC = r.celsius;
      hottest = r.sensor;
    }
  }
  bool clean = std::feof(f) && !std::ferror(f);
  std::fclose(f);
  return clean ? n : -1;
}

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("cstdio-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string path = (dir / "report.txt").string();

  const Reading rs[] = {{"attic", 9, 21.5},
                        {"cellar", 9, 12.25},
                        {"attic", 15, 29.75},
                        {"garage", 15, 24.0}};
  if (!write_report(path.c_str(), rs, 4))
    return 1;

  double maxC = 0;
  std::string hottest;
  int n = read_report(path.c_str(), maxC, hottest);
  std::printf("parsed %d readings, hottest %s at %.2f C\n", n, hottest.c_str(),
              maxC);

  errno = 0;
  std::FILE *missing = std::fopen((dir / "nope.txt").c_str(), "r");
  int err = errno;
  std::printf("fopen missing: %s\n", missing ? "opened?!" : std::strerror(err));

  std::remove(path.c_str());
  fs::remove_all(dir);
  return (n == 4 && hottest == "attic" && maxC == 29.75 && !missing &&
          err == ENOENT)
             ? 0
             : 1;
}
