// Getting a file's size by seeking to the end with seekg and reading tellg,
// then reading a chunk from the middle.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

std::streamoff stream_size(std::ifstream &in) {
  const auto here = in.tellg();
  in.seekg(0, std::ios::end);
  const auto end = in.tellg();
  in.seekg(here);
  return end;
}

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("seek-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "alphabet.txt";
  {
    std::ofstream out(file, std::ios::binary);
    for (int rep = 0; rep < 10; ++rep)
      for (char c = 'a'; c <= 'z'; ++c)
        out.put(c);
  }

  std::ifstream in(file, std::ios::binary);
  const auto size = stream_size(in);
  std::cout << "size via tellg: " << size << '\n';

  // Read 5 bytes at offset 26*3 + 10 ("klmno").
  in.seekg(26 * 3 + 10, std::ios::beg);
  std::string chunk(5, '\0');
  in.read(chunk.data(), 5);
  std::cout << "chunk: " << chunk << " now at " << in.tellg() << '\n';

  // Relative seek backwards from the end.
  in.seekg(-3, std::ios::end);
  std::string tail(3, '\0');
  in.read(tail.data(), 3);
  std::cout << "tail: " << tail << '\n';
  in.close();

  const bool ok = size == 260 &&
                  static_cast<std::uintmax_t>(size) == fs::file_size(file) &&
                  chunk == "klmno" && tail == "xyz";
  fs::remove_all(dir);
  return ok ? 0 : 1;
}
