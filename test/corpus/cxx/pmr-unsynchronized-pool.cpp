// A node-heavy std::pmr::map and pmr::list on an unsynchronized_pool_resource,
// as single-threaded caches pool small allocations.
#include <iostream>
#include <list>
#include <map>
#include <memory_resource>
#include <string>

class LruCache {
public:
  LruCache(std::size_t cap, std::pmr::memory_resource *mr)
      : cap_(cap), order_(mr), index_(mr) {}

  void put(int key, std::string_view value) {
    auto it = index_.find(key);
    if (it != index_.end())
      order_.erase(it->second);
    order_.emplace_front(key, std::pmr::string(value, order_.get_allocator()));
    index_[key] = order_.begin();
    if (order_.size() > cap_) {
      index_.erase(order_.back().first);
      order_.pop_back();
      ++evictions;
    }
  }
  const std::pmr::string *get(int key) {
    auto it = index_.find(key);
    if (it == index_.end())
      return nullptr;
    order_.splice(order_.begin(), order_, it->second);
    return &it->second->second;
  }
  int evictions = 0;

private:
  using Entry = std::pair<int, std::pmr::string>;
  std::size_t cap_;
  std::pmr::list<Entry> order_;
  std::pmr::map<int, std::pmr::list<Entry>::iterator> index_;
};

int main() {
  std::pmr::pool_options opts;
  opts.max_blocks_per_chunk = 64;
  opts.largest_required_pool_block = 256;
  std::pmr::unsynchronized_pool_resource pool(opts);
  std::cout << "pool largest block "
            << pool.options().largest_required_pool_block << '\n';

  int hits = 0, misses = 0;
  {
    LruCache cache(100, &pool);
    for (int i = 0; i < 2000; ++i) {
      int key = (i * 7) % 150;
      if (cache.get(key))
        ++hits;
      else {
        ++misses;
        cache.put(key, "value-for-key-" + std::to_string(key) +
                           "-padded-out-past-sso");
      }
    }
    std::cout << "hits " << hits << ", misses " << misses << ", evictions "
              << cache.evictions << '\n';
    const auto *v = cache.get((1999 * 7) % 150);
    if (!v || v->find("value-for-key-") != 0)
      return 1;
  }
  pool.release(); // return all chunks to upstream

  // Oversized requests bypass the pools and go straight upstream.
  void *big = pool.allocate(10000, 16);
  pool.deallocate(big, 10000, 16);
  std::cout << "done" << std::endl;
  return (hits + misses == 2000 && misses > 150) ? 0 : 1;
}
