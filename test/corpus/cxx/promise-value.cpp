// A worker thread fulfils a std::promise<T> with a computed value that the main
// thread reads from the matching std::future.
#include <cstdio>
#include <future>
#include <string>
#include <thread>
#include <utility>

struct Checksum {
  unsigned crc;
  std::size_t bytes;
};

static void compute(std::promise<Checksum> out, std::string data) {
  unsigned crc = 0xffffffffu;
  for (unsigned char c : data) {
    crc ^= c;
    for (int k = 0; k < 8; ++k)
      crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
  }
  out.set_value({~crc, data.size()});
}

int main() {
  std::promise<Checksum> p;
  std::future<Checksum> f = p.get_future();
  std::thread t(compute, std::move(p), std::string("123456789"));

  Checksum c = f.get();
  t.join();
  std::printf("crc32=%08x over %zu bytes\n", c.crc, c.bytes);
  return (c.crc == 0xcbf43926u && c.bytes == 9) ? 0 : 1;
}
