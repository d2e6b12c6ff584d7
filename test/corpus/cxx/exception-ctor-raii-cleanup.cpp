// A constructor that throws half-way: already-constructed members and RAII
// handles are released, the destructor body is not run.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

static std::vector<std::string> events;

struct FileCloser {
  void operator()(std::FILE *f) const {
    events.push_back("fclose");
    std::fclose(f);
  }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

struct Tracked {
  std::string name;
  explicit Tracked(std::string n) : name(std::move(n)) {
    events.push_back("ctor " + name);
  }
  ~Tracked() { events.push_back("dtor " + name); }
};

class Database {
public:
  Database(const fs::path &journal, bool failIndex)
      : log_("log"), journal_(open_journal(journal)), cache_("cache") {
    if (failIndex)
      throw std::runtime_error("index corrupted");
    events.push_back("Database ready");
  }
  ~Database() { events.push_back("~Database body"); }

private:
  static FilePtr open_journal(const fs::path &p) {
    FilePtr f(std::fopen(p.c_str(), "w"));
    if (!f)
      throw std::runtime_error("cannot open journal");
    std::fputs("journal\n", f.get());
    return f;
  }
  Tracked log_;
  FilePtr journal_;
  Tracked cache_;
};

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("ctor-raii-" + std::to_string(::getpid()));
  fs::create_directories(dir);

  try {
    Database db(dir / "journal", true);
  } catch (const std::runtime_error &e) {
    events.push_back(std::string("caught: ") + e.what());
  }
  const std::vector<std::string> failed = events;
  events.clear();
  { Database db(dir / "journal", false); }
  const std::vector<std::string> normal = events;
  fs::remove_all(dir);

  for (const auto &e : failed)
    std::cout << "fail path: " << e << '\n';
  for (const auto &e : normal)
    std::cout << "ok path:   " << e << '\n';
  const std::vector<std::string> expectFailed{
      "ctor log", "ctor cache", "dtor cache",
      "fclose",   "dtor log",   "caught: index corrupted"};
  const std::vector<std::string> expectNormal{
      "ctor log",   "ctor cache", "Database ready", "~Database body",
      "dtor cache", "fclose",     "dtor log"};
  return (failed == expectFailed && normal == expectNormal) ? 0 : 1;
}
