// Sharing a C FILE* between several writers with std::shared_ptr and an fclose
// custom deleter, closed when the last owner goes away.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

static int g_closes = 0;

std::shared_ptr<std::FILE> open_shared(const fs::path &p, const char *mode) {
  std::FILE *f = std::fopen(p.c_str(), mode);
  if (!f)
    return nullptr;
  return std::shared_ptr<std::FILE>(f, [](std::FILE *fp) {
    ++g_closes;
    std::fclose(fp);
  });
}

class Channel {
public:
  Channel(std::string tag, std::shared_ptr<std::FILE> out)
      : tag_(std::move(tag)), out_(std::move(out)) {}
  void write(const std::string &msg) {
    std::fprintf(out_.get(), "[%s] %s\n", tag_.c_str(), msg.c_str());
  }

private:
  std::string tag_;
  std::shared_ptr<std::FILE> out_;
};

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("sharedfile-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path log = dir / "combined.log";

  long useCountPeak = 0;
  int closesBeforeLast = -1;
  {
    auto file = open_shared(log, "w");
    if (!file)
      return 1;
    std::vector<Channel> channels{{"net", file}, {"db", file}, {"ui", file}};
    useCountPeak = file.use_count();
    file.reset(); // channels keep it alive
    for (auto &c : channels)
      c.write("started");
    channels[1].write("query took 12ms");
    channels.pop_back();
    channels.pop_back();
    closesBeforeLast = g_closes;
  } // last Channel destroyed -> fclose

  std::ifstream in(log);
  int lines = 0;
  for (std::string l; std::getline(in, l);)
    ++lines;
  in.close();
  fs::remove_all(dir);

  std::cout << "peak use_count " << useCountPeak
            << ", closes before last owner " << closesBeforeLast
            << ", closes total " << g_closes << ", lines " << lines
            << std::endl;
  return (useCountPeak == 4 && closesBeforeLast == 0 && g_closes == 1 &&
          lines == 4)
             ? 0
             : 1;
}
