// Using std::tmpfile as an anonymous scratch buffer: fwrite records, rewind,
// fread them back; the file vanishes on fclose.
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>

struct Record {
  int id;
  double value;
  char tag[8];
};

struct FileDeleter {
  void operator()(std::FILE *f) const { std::fclose(f); }
};

class SpillBuffer {
public:
  SpillBuffer() : f_(std::tmpfile()) {}
  bool ok() const { return f_ != nullptr; }
  bool push(const Record &r) {
    return std::fwrite(&r, sizeof r, 1, f_.get()) == 1 && ++count_;
  }
  template <class Fn> long replay(Fn fn) {
    std::rewind(f_.get());
    Record r;
    long n = 0;
    while (std::fread(&r, sizeof r, 1, f_.get()) == 1) {
      fn(r);
      ++n;
    }
    return n;
  }
  long size_bytes() {
    std::fseek(f_.get(), 0, SEEK_END);
    return std::ftell(f_.get());
  }
  long count() const { return count_; }

private:
  std::unique_ptr<std::FILE, FileDeleter> f_;
  long count_ = 0;
};

int main() {
  SpillBuffer spill;
  if (!spill.ok()) {
    std::perror("tmpfile");
    return 1;
  }
  for (int i = 0; i < 1000; ++i) {
    Record r{i, i * 0.5, {}};
    std::snprintf(r.tag, sizeof r.tag, "r%d", i % 100);
    if (!spill.push(r))
      return 1;
  }
  double total = 0;
  int badTags = 0;
  long replayed = spill.replay([&](const Record &r) {
    total += r.value;
    char expect[8];
    std::snprintf(expect, sizeof expect, "r%d", r.id % 100);
    badTags += std::strcmp(expect, r.tag) != 0;
  });
  long bytes = spill.size_bytes();
  std::printf("replayed %ld records, %ld bytes, total %.1f\n", replayed, bytes,
              total);
  return (replayed == 1000 &&
          bytes == static_cast<long>(1000 * sizeof(Record)) &&
          total == 249750.0 && badTags == 0)
             ? 0
             : 1;
}
