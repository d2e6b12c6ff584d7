// Temporarily redirecting std::cout into a file by swapping its rdbuf(),
// restoring it with an RAII guard.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

class CoutRedirect {
public:
  explicit CoutRedirect(std::streambuf *target)
      : old_(std::cout.rdbuf(target)) {}
  ~CoutRedirect() { std::cout.rdbuf(old_); }
  CoutRedirect(const CoutRedirect &) = delete;
  CoutRedirect &operator=(const CoutRedirect &) = delete;

private:
  std::streambuf *old_;
};

// Legacy function that only knows how to print to std::cout.
void legacy_report(int n) {
  std::cout << "report header\n";
  for (int i = 1; i <= n; ++i)
    std::cout << "item " << i << " squared " << i * i << '\n';
  std::cout << "report footer" << std::endl;
}

int main() {
  namespace fs = std::filesystem;
  const fs::path dir =
      fs::temp_directory_path() / ("redirect-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path out = dir / "report.txt";

  std::cout << "before redirect\n";
  {
    std::ofstream file(out);
    CoutRedirect guard(file.rdbuf());
    legacy_report(4);
  }
  std::cout << "after redirect\n";

  std::ifstream in(out);
  int lines = 0;
  std::string line, last;
  while (std::getline(in, line)) {
    ++lines;
    last = line;
  }
  in.close();
  fs::remove_all(dir);
  std::cout << "captured " << lines << " lines, last: " << last << std::endl;
  return (lines == 6 && last == "report footer") ? 0 : 1;
}
