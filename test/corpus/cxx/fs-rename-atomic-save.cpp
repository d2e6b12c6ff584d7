// Saving a file atomically: write to a temporary sibling and
// std::filesystem::rename it over the target.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

class AtomicFileWriter {
public:
  explicit AtomicFileWriter(fs::path target)
      : target_(std::move(target)), tmp_(target_) {
    tmp_ += ".tmp." + std::to_string(::getpid());
    out_.open(tmp_, std::ios::trunc);
    if (!out_)
      throw std::runtime_error("cannot create " + tmp_.string());
  }
  ~AtomicFileWriter() {
    if (!committed_) {
      out_.close();
      std::error_code ec;
      fs::remove(tmp_, ec);
    }
  }
  std::ostream &stream() { return out_; }
  void commit() {
    out_.close();
    if (!out_)
      throw std::runtime_error("write failed");
    fs::rename(tmp_, target_);
    committed_ = true;
  }

private:
  fs::path target_, tmp_;
  std::ofstream out_;
  bool committed_ = false;
};

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("atomic-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path state = dir / "state.json";
  std::ofstream(state) << "{\"version\":1}";

  {
    AtomicFileWriter w(state);
    w.stream() << "{\"version\":2}";
    w.commit();
  }
  {
    AtomicFileWriter w(state);
    w.stream() << "{\"version\":3, partial";
    // no commit: simulated failure, original must survive
  }

  // Renaming a directory works too.
  fs::create_directory(dir / "old-name");
  fs::rename(dir / "old-name", dir / "new-name");

  std::ifstream in(state);
  std::string content;
  std::getline(in, content);
  in.close();
  std::size_t n = 0;
  for ([[maybe_unused]] auto &e : fs::directory_iterator(dir))
    ++n;
  std::cout << "state: " << content << ", entries in dir: " << n << '\n';
  bool ok = content == "{\"version\":2}" && n == 2 &&
            fs::is_directory(dir / "new-name") && !fs::exists(dir / "old-name");
  fs::remove_all(dir);
  return ok ? 0 : 1;
}
