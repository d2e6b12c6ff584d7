// A fast dump tool: standard streams untied from stdio, output built in large
// chunks and written in one go, as log exporters and data converters do.
#include <iostream>
#include <string>
#include <vector>

int main() {
  std::ios_base::sync_with_stdio(false);
  std::cin.tie(nullptr);

  std::vector<std::string> records;
  for (int i = 0; i < 4000; ++i)
    records.push_back("record " + std::to_string(i) + " " +
                      std::string(static_cast<std::size_t>(i % 40), 'x'));

  std::string chunk;
  for (const auto &r : records) {
    chunk += r;
    chunk += '\n';
    if (chunk.size() > 64 * 1024) {
      std::cout.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
      chunk.clear();
    }
  }
  std::cout << chunk;
  std::cerr << records.size() << " records\n";
  std::cout.flush();
  return std::cout ? 0 : 1;
}
