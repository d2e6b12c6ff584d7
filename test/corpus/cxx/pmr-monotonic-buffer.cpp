// Per-request arena allocation: a std::pmr::monotonic_buffer_resource over a
// stack buffer backing pmr::vector and pmr::string.
#include <array>
#include <cstddef>
#include <iostream>
#include <memory_resource>
#include <string>
#include <vector>

struct Header {
  std::pmr::string name;
  std::pmr::string value;
};

class Request {
public:
  explicit Request(std::pmr::memory_resource *mr) : path_(mr), headers_(mr) {}

  void parse(const std::string &raw) {
    std::size_t pos = raw.find('\n');
    path_.assign(raw, 0, pos);
    while (pos != std::string::npos && pos + 1 < raw.size()) {
      std::size_t next = raw.find('\n', pos + 1);
      std::string line = raw.substr(pos + 1, next - pos - 1);
      std::size_t colon = line.find(':');
      if (colon != std::string::npos)
        headers_.push_back(
            {std::pmr::string(line.substr(0, colon), headers_.get_allocator()),
             std::pmr::string(line.substr(colon + 2),
                              headers_.get_allocator())});
      pos = next;
    }
  }
  const std::pmr::string &path() const { return path_; }
  const std::pmr::vector<Header> &headers() const { return headers_; }

private:
  std::pmr::string path_;
  std::pmr::vector<Header> headers_;
};

class CountingUpstream : public std::pmr::memory_resource {
public:
  int allocations = 0;

private:
  void *do_allocate(std::size_t n, std::size_t a) override {
    ++allocations;
    return std::pmr::new_delete_resource()->allocate(n, a);
  }
  void do_deallocate(void *p, std::size_t n, std::size_t a) override {
    std::pmr::new_delete_resource()->deallocate(p, n, a);
  }
  bool do_is_equal(const memory_resource &o) const noexcept override {
    return this == &o;
  }
};

int main() {
  const std::string raw =
      "GET /index.html\nHost: example.com\nAccept: text/html, "
      "application/xhtml+xml\nUser-Agent: corpus-test/1.0 "
      "(a fairly long user agent string to defeat SSO)\n";

  CountingUpstream upstream;
  std::array<std::byte, 4096> stack;
  std::size_t headerCount = 0;
  std::string host;
  for (int request = 0; request < 3; ++request) {
    std::pmr::monotonic_buffer_resource arena(stack.data(), stack.size(),
                                              &upstream);
    Request req(&arena);
    req.parse(raw);
    headerCount = req.headers().size();
    host = std::string(req.headers().front().value);
    std::cout << "request " << request << ": " << req.path() << " with "
              << headerCount << " headers\n";
  } // arena released wholesale; nothing freed individually

  // A tiny buffer forces the arena to fall back to the upstream resource.
  std::array<std::byte, 64> tiny;
  {
    std::pmr::monotonic_buffer_resource arena(tiny.data(), tiny.size(),
                                              &upstream);
    std::pmr::vector<int> v(&arena);
    for (int i = 0; i < 1000; ++i)
      v.push_back(i);
  }
  std::cout << "upstream allocations: " << upstream.allocations << std::endl;
  return (headerCount == 3 && host == "example.com" && upstream.allocations > 0)
             ? 0
             : 1;
}
