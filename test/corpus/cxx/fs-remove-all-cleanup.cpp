// Cleaning up a cache directory: remove() for single files, remove_all() for
// trees, checking returned counts.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

class Cache {
public:
  explicit Cache(fs::path root) : root_(std::move(root)) {
    fs::create_directories(root_);
  }
  ~Cache() { fs::remove_all(root_); }

  void put(const std::string &bucket, const std::string &key,
           const std::string &value) {
    fs::create_directories(root_ / bucket);
    std::ofstream(root_ / bucket / key) << value;
  }
  bool evict(const std::string &bucket, const std::string &key) {
    return fs::remove(root_ / bucket / key);
  }
  std::uintmax_t drop_bucket(const std::string &bucket) {
    return fs::remove_all(root_ / bucket);
  }
  const fs::path &root() const { return root_; }

private:
  fs::path root_;
};

int main() {
  fs::path root =
      fs::temp_directory_path() / ("cache-" + std::to_string(::getpid()));
  std::uintmax_t dropped = 0, missing = 0;
  bool evicted = false, evictedAgain = true;
  {
    Cache cache(root);
    for (int i = 0; i < 5; ++i)
      cache.put("images", "img" + std::to_string(i), "data");
    cache.put("images/thumbs", "t0", "x");
    cache.put("pages", "index", "<html/>");

    evicted = cache.evict("pages", "index");
    evictedAgain =
        cache.evict("pages", "index"); // already gone: false, not an error
    dropped = cache.drop_bucket(
        "images"); // 5 files + thumbs dir + t0 + images dir = 8
    missing = cache.drop_bucket("never-existed"); // 0
    std::cout << "evicted=" << evicted << " again=" << evictedAgain
              << " dropped=" << dropped << " missing=" << missing << '\n';
  }
  bool gone = !fs::exists(root);
  std::cout << "root removed by destructor: " << std::boolalpha << gone
            << std::endl;
  return (evicted && !evictedAgain && dropped == 8 && missing == 0 && gone) ? 0
                                                                            : 1;
}
