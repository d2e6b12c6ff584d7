// A custom std::streambuf that buffers output and flushes it to a POSIX file
// descriptor with ::write in overflow/xsputn/sync.
#include <cerrno>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <ostream>
#include <streambuf>
#include <string>
#include <unistd.h>

class FdStreambuf : public std::streambuf {
public:
  explicit FdStreambuf(int fd) : fd_(fd) { setp(buf_, buf_ + sizeof buf_); }
  ~FdStreambuf() override { sync(); }

protected:
  int_type overflow(int_type ch) override {
    if (flush_buffer() < 0)
      return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }

  std::streamsize xsputn(const char *s, std::streamsize n) override {
    if (n < epptr() - pptr()) {
      traits_type::copy(pptr(), s, static_cast<std::size_t>(n));
      pbump(static_cast<int>(n));
      return n;
    }
    if (flush_buffer() < 0)
      return 0;
    return write_all(s, n) ? n : 0; // large writes bypass the buffer
  }

  int sync() override { return flush_buffer() < 0 ? -1 : 0; }

private:
  int flush_buffer() {
    const std::streamsize n = pptr() - pbase();
    if (n > 0 && !write_all(pbase(), n))
      return -1;
    setp(buf_, buf_ + sizeof buf_);
    return 0;
  }
  bool write_all(const char *p, std::streamsize n) {
    while (n > 0) {
      ssize_t w = ::write(fd_, p, static_cast<size_t>(n));
      if (w < 0) {
        if (errno == EINTR)
          continue;
        return false;
      }
      p += w;
      n -= w;
    }
    return true;
  }

  int fd_;
  char buf_[64];
};

int main() {
  namespace fs = std::filesystem;
  const fs::path file = fs::temp_directory_path() /
                        ("fdbuf-" + std::to_string(::getpid()) + ".txt");
  int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0)
    return 1;

  std::string big(300, 'x');
  {
    FdStreambuf sb(fd);
    std::ostream os(&sb);
    for (int i = 0; i < 20; ++i)
      os << "line " << i << '\n';
    os << big << '\n' << std::flush;
    os << "tail";
  }
  ::close(fd);

  std::ifstream in(file);
  std::string all((std::istreambuf_iterator<char>(in)),
                  std::istreambuf_iterator<char>());
  fs::remove(file);

  // Also drive stdout (fd 1) directly through the custom buffer.
  FdStreambuf outbuf(STDOUT_FILENO);
  std::ostream out(&outbuf);
  out << "wrote " << all.size() << " bytes through FdStreambuf" << std::endl;

  return (all.starts_with("line 0\n") && all.find(big) != std::string::npos &&
          all.ends_with("tail"))
             ? 0
             : 1;
}
