// Writing a large CSV export line by line in a loop through a buffered
// std::ofstream, then counting lines back.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

template <class RowFn>
std::size_t export_csv(const fs::path &file, std::size_t rows, RowFn row) {
  std::ofstream out(file);
  out << "id,name,score\n";
  for (std::size_t i = 0; i < rows; ++i)
    out << row(i) << '\n';
  out.close();
  return out ? rows : 0;
}

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("csv-export-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "export.csv";

  const std::size_t n = 20000;
  std::size_t written = export_csv(file, n, [](std::size_t i) {
    return std::to_string(i) + ",user" + std::to_string(i % 97) + "," +
           std::to_string((i * 37) % 101);
  });

  std::ifstream in(file);
  std::string line;
  std::size_t count = 0;
  long long scoreSum = 0;
  std::getline(in, line); // header
  while (std::getline(in, line)) {
    ++count;
    scoreSum += std::stoll(line.substr(line.rfind(',') + 1));
  }
  std::cout << "wrote " << written << " rows, read " << count << ", bytes "
            << fs::file_size(file) << ", score sum " << scoreSum << '\n';
  in.close();
  fs::remove_all(dir);

  long long expected = 0;
  for (std::size_t i = 0; i < n; ++i)
    expected += static_cast<long long>((i * 37) % 101);
  return (written == n && count == n && scoreSum == expected) ? 0 : 1;
}
