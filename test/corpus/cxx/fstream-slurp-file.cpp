// Reading a whole file into a std::string two common ways: istreambuf_iterator
// and streaming rdbuf() into a stringstream.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

std::string slurp_iter(const fs::path &p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
}

std::string slurp_rdbuf(const fs::path &p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string slurp_sized(const fs::path &p) {
  std::ifstream in(p, std::ios::binary | std::ios::ate);
  std::string s(static_cast<std::size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(s.data(), static_cast<std::streamsize>(s.size()));
  return s;
}

int main() {
  const fs::path dir =
      fs::temp_directory_path() /
      ("fstream-slurp-file.tmpdir-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directory(dir);
  const fs::path file = dir / "data.txt";

  std::string content;
  for (int i = 0; i < 500; ++i)
    content += "line " + std::to_string(i) + " with some text\n";
  content.push_back('\0');
  content += "binary tail \x01\x02\xff";
  std::ofstream(file, std::ios::binary) << content;

  const std::string a = slurp_iter(file);
  const std::string b = slurp_rdbuf(file);
  const std::string c = slurp_sized(file);
  std::cout << "sizes: " << a.size() << ' ' << b.size() << ' ' << c.size()
            << " (expected " << content.size() << ")\n";
  fs::remove_all(dir);
  return (a == content && b == content && c == content) ? 0 : 1;
}
