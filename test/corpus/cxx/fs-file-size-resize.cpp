// Preallocating and truncating a data file with resize_file and checking the
// result with file_size.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

class PreallocatedFile {
public:
  PreallocatedFile(fs::path p, std::uintmax_t size) : path_(std::move(p)) {
    std::ofstream(path_, std::ios::binary).flush();
    fs::resize_file(path_, size);
  }
  ~PreallocatedFile() {
    std::error_code ec;
    fs::remove(path_, ec);
  }
  void shrink_to(std::uintmax_t n) { fs::resize_file(path_, n); }
  std::uintmax_t size() const { return fs::file_size(path_); }
  const fs::path &path() const { return path_; }

private:
  fs::path path_;
};

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("resize-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  bool ok = true;
  {
    PreallocatedFile f(dir / "journal.dat", 1 << 20);
    std::cout << "preallocated: " << f.size() << " bytes\n";
    ok = ok && f.size() == (1u << 20);

    {
      std::fstream io(f.path(),
                      std::ios::in | std::ios::out | std::ios::binary);
      io.write("HEADER", 6);
    }
    f.shrink_to(6);
    std::cout << "after shrink: " << f.size() << " bytes\n";
    ok = ok && f.size() == 6;

    std::ifstream in(f.path(), std::ios::binary);
    std::string head(6, '\0');
    in.read(head.data(), 6);
    ok = ok && head == "HEADER";

    // file_size on a directory is an error; the error_code overload reports it.
    std::error_code ec;
    auto bad = fs::file_size(dir, ec);
    std::cout << "file_size(dir): " << (ec ? ec.message() : "no error") << '\n';
    ok = ok && ec && bad == static_cast<std::uintmax_t>(-1);
  }
  fs::remove_all(dir);
  std::cout << (ok ? "ok" : "failed") << std::endl;
  return ok ? 0 : 1;
}
