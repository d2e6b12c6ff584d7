// Swapping the process-wide default with std::pmr::set_default_resource (e.g.
// to catch stray allocations) and restoring new_delete_resource.
#include <iostream>
#include <memory_resource>
#include <stdexcept>
#include <string>
#include <vector>

// Counts allocations that silently fall back to the default resource.
class DefaultAllocationCounter : public std::pmr::memory_resource {
public:
  int count = 0;

private:
  void *do_allocate(std::size_t n, std::size_t a) override {
    ++count;
    return std::pmr::new_delete_resource()->allocate(n, a);
  }
  void do_deallocate(void *p, std::size_t n, std::size_t a) override {
    std::pmr::new_delete_resource()->deallocate(p, n, a);
  }
  bool do_is_equal(const memory_resource &o) const noexcept override {
    return this == &o;
  }
};

class ScopedDefaultResource {
public:
  explicit ScopedDefaultResource(std::pmr::memory_resource *r)
      : old_(std::pmr::set_default_resource(r)) {}
  ~ScopedDefaultResource() { std::pmr::set_default_resource(old_); }

private:
  std::pmr::memory_resource *old_;
};

int main() {
  bool initialIsNewDelete =
      std::pmr::get_default_resource() == std::pmr::new_delete_resource();
  DefaultAllocationCounter counter;
  int strays = 0, explicitAllocs = 0;
  {
    ScopedDefaultResource scope(&counter);
    std::pmr::vector<int> defaulted; // picks up the default resource
    for (int i = 0; i < 100; ++i)
      defaulted.push_back(i);
    strays = counter.count;

    std::pmr::monotonic_buffer_resource
        arena; // its upstream is also the default
    std::pmr::vector<int> explicitOne(&arena);
    for (int i = 0; i < 100; ++i)
      explicitOne.push_back(i);
    explicitAllocs = counter.count - strays;
  }
  bool restored =
      std::pmr::get_default_resource() == std::pmr::new_delete_resource();

  // null_memory_resource: any allocation throws, proving a code path doesn't
  // allocate.
  bool threw = false;
  {
    ScopedDefaultResource scope(std::pmr::null_memory_resource());
    std::pmr::string small(
        "sso"); // fits in the small-string buffer: no allocation
    try {
      std::pmr::string big(100, 'x');
    } catch (const std::bad_alloc &) {
      threw = true;
    }
  }
  std::cout << "initial default is new_delete: " << initialIsNewDelete
            << ", stray default allocations " << strays
            << ", arena chunks from default " << explicitAllocs << ", restored "
            << restored << ", null resource threw " << threw << std::endl;
  return (initialIsNewDelete && strays > 1 && explicitAllocs >= 1 &&
          explicitAllocs < strays && restored && threw)
             ? 0
             : 1;
}
