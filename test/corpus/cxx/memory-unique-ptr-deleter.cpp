// Wrapping POSIX resources in std::unique_ptr with custom deleters: a file
// descriptor via a pointer-like handle, a DIR* and a malloc'd buffer.
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

// unique_ptr needs a NullablePointer type for non-pointer handles like fds.
struct FdHandle {
  int fd = -1;
  FdHandle() = default;
  FdHandle(std::nullptr_t) {}
  explicit FdHandle(int f) : fd(f) {}
  explicit operator bool() const { return fd >= 0; }
  friend bool operator==(FdHandle a, FdHandle b) { return a.fd == b.fd; }
};
struct FdCloser {
  using pointer = FdHandle;
  void operator()(FdHandle h) const { ::close(h.fd); }
};
using UniqueFd = std::unique_ptr<void, FdCloser>;

struct DirCloser {
  void operator()(DIR *d) const { ::closedir(d); }
};
using UniqueDir = std::unique_ptr<DIR, DirCloser>;

using UniqueMalloc = std::unique_ptr<char, decltype(&std::free)>;

int main() {
  const fs::path dir =
      fs::temp_directory_path() / ("uniqueptr-" + std::to_string(::getpid()));
  fs::create_directories(dir);

  UniqueFd fd(FdHandle(
      ::open((dir / "data.bin").c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0600)));
  if (!fd)
    return 1;
  const char msg[] = "hello from a unique fd";
  if (::write(fd.get().fd, msg, sizeof msg - 1) !=
      static_cast<ssize_t>(sizeof msg - 1))
    return 1;

  UniqueMalloc buf(static_cast<char *>(std::malloc(64)), &std::free);
  std::memset(buf.get(), 0, 64);
  ::lseek(fd.get().fd, 0, SEEK_SET);
  ssize_t n = ::read(fd.get().fd, buf.get(), 63);
  fd.reset(); // closes now

  int entries = 0;
  {
    UniqueDir d(::opendir(dir.c_str()));
    if (!d)
      return 1;
    while (dirent *e = ::readdir(d.get()))
      if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
        ++entries;
  }

  // Ownership transfer out of a factory.
  auto make_fd = [&]() {
    return UniqueFd(
        FdHandle(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)));
  };
  UniqueFd dirFd = make_fd();
  UniqueFd moved = std::move(dirFd);
  bool transferred = !dirFd && static_cast<bool>(moved);

  std::cout << "read " << n << " bytes: " << buf.get() << ", dir entries "
            << entries << ", moved ok " << transferred << std::endl;
  moved.reset();
  fs::remove_all(dir);
  return (n == static_cast<ssize_t>(sizeof msg - 1) &&
          std::string(buf.get()) == msg && entries == 1 && transferred)
             ? 0
             : 1;
}
