// A custom std::pmr::memory_resource subclass that logs and tracks every
// allocation, wrapped around an upstream resource for debugging.
#include <cstddef>
#include <iostream>
#include <map>
#include <memory_resource>
#include <string>
#include <vector>

class TracingResource : public std::pmr::memory_resource {
public:
  TracingResource(std::string name, std::pmr::memory_resource *upstream,
                  std::ostream &log)
      : name_(std::move(name)), upstream_(upstream), log_(log) {}

  std::size_t live_bytes() const { return live_; }
  std::size_t peak_bytes() const { return peak_; }
  std::size_t allocations() const { return count_; }

private:
  void *do_allocate(std::size_t bytes, std::size_t align) override {
    void *p = upstream_->allocate(bytes, align);
    live_ += bytes;
    peak_ = std::max(peak_, live_);
    ++count_;
    blocks_[p] = bytes;
    log_ << name_ << ": allocate " << bytes << " (align " << align << ")\n";
    return p;
  }
  void do_deallocate(void *p, std::size_t bytes, std::size_t align) override {
    auto it = blocks_.find(p);
    if (it == blocks_.end() || it->second != bytes)
      log_ << name_ << ": MISMATCHED deallocate!\n";
    else
      blocks_.erase(it);
    live_ -= bytes;
    log_ << name_ << ": deallocate " << bytes << '\n';
    upstream_->deallocate(p, bytes, align);
  }
  bool
  do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }

  std::string name_;
  std::pmr::memory_resource *upstream_;
  std::ostream &log_;
  std::size_t live_ = 0, peak_ = 0, count_ = 0;
  std::map<void *, std::size_t> blocks_;
};

int main() {
  TracingResource tracer("trace", std::pmr::new_delete_resource(), std::cout);
  {
    std::pmr::vector<std::pmr::string> words(&tracer);
    words.reserve(4);
    for (const char *w :
         {"short", "a considerably longer string that needs heap storage",
          "tiny"})
      words.emplace_back(
          w); // uses-allocator construction: strings allocate from tracer too
    std::pmr::vector<std::pmr::string> copy(words, &tracer);
    std::cout << "live while in use: " << tracer.live_bytes() << '\n';
  }
  std::cout << "allocations " << tracer.allocations() << ", peak "
            << tracer.peak_bytes() << ", live after " << tracer.live_bytes()
            << std::endl;

  TracingResource other("other", std::pmr::new_delete_resource(), std::cout);
  bool equal = tracer.is_equal(tracer) && !tracer.is_equal(other);
  return (tracer.live_bytes() == 0 && tracer.allocations() == 4 && equal) ? 0
                                                                          : 1;
}
