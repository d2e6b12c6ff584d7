// Saving an array of trivially-copyable structs with ofstream::write in binary
// mode and loading it back with ifstream::read.
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <type_traits>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

struct Sample {
  std::uint32_t id;
  float temperature;
  double pressure;
};
static_assert(std::is_trivially_copyable_v<Sample>);

struct Header {
  char magic[4];
  std::uint32_t count;
};

bool save(const fs::path &p, const std::vector<Sample> &v) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  Header h{{'S', 'M', 'P', '1'}, static_cast<std::uint32_t>(v.size())};
  out.write(reinterpret_cast<const char *>(&h), sizeof h);
  out.write(reinterpret_cast<const char *>(v.data()),
            static_cast<std::streamsize>(v.size() * sizeof(Sample)));
  return static_cast<bool>(out);
}

std::vector<Sample> load(const fs::path &p) {
  std::ifstream in(p, std::ios::binary);
  Header h{};
  if (!in.read(reinterpret_cast<char *>(&h), sizeof h) ||
      std::memcmp(h.magic, "SMP1", 4) != 0)
    return {};
  std::vector<Sample> v(h.count);
  in.read(reinterpret_cast<char *>(v.data()),
          static_cast<std::streamsize>(v.size() * sizeof(Sample)));
  if (in.gcount() != static_cast<std::streamsize>(v.size() * sizeof(Sample)))
    return {};
  return v;
}

int main() {
  const fs::path dir = fs::temp_directory_path() / ("fstream-binary-struct.d-" +
                                                    std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directory(dir);
  const fs::path file = dir / "samples.bin";

  std::vector<Sample> samples;
  for (std::uint32_t i = 0; i < 100; ++i)
    samples.push_back({i, 20.0f + i * 0.5f, 1013.25 - i});

  bool ok = save(file, samples);
  auto loaded = load(file);
  ok = ok && loaded.size() == samples.size() &&
       std::memcmp(loaded.data(), samples.data(),
                   samples.size() * sizeof(Sample)) == 0;
  std::cout << "file size " << fs::file_size(file) << ", loaded "
            << loaded.size() << " samples\n";
  fs::remove_all(dir);
  std::cout << (ok ? "binary round trip ok" : "mismatch") << std::endl;
  return ok ? 0 : 1;
}
