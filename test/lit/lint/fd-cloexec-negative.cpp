// fd-cloexec finds nothing in the safe forms: the flag given, flags known
// only at run time, signalfd on an existing descriptor, look-alikes in a
// namespace or a class, and calls in a system header.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=CHECK -- check -p %t --checks=-*,fd-cloexec | count 0
// CHECK: 0 errors, 0 warnings

//--- cdb.json.template
[{"directory": "DIR", "command": "clang++ -isystem DIR/sys -c main.cpp", "file": "main.cpp"}]

//--- sys/helper.h
#include <fcntl.h>
inline int open_quietly(const char *path) { return open(path, O_RDONLY); }

//--- main.cpp
#include <fcntl.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <helper.h>

namespace mine {
int open(const char *, int) { return 3; }
int epoll_create(int) { return 4; }
} // namespace mine

struct Endpoint {
  int socket(int, int, int) { return 5; }
  int accept(int, void *, void *) { return 6; }
};

int make(const char *path, const sigset_t *mask, int existing, int flags) {
  Endpoint e;
  return epoll_create1(EPOLL_CLOEXEC) + inotify_init1(IN_NONBLOCK | IN_CLOEXEC) +
         signalfd(-1, mask, SFD_CLOEXEC) + signalfd(existing, mask, 0) +
         eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK) +
         socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0) +
         accept4(3, nullptr, nullptr, SOCK_CLOEXEC) +
         open(path, O_RDONLY | O_CLOEXEC) + open(path, flags) +
         openat(AT_FDCWD, path, O_CLOEXEC) + mine::open(path, 0) +
         mine::epoll_create(1) + e.socket(1, 1, 0) +
         e.accept(3, nullptr, nullptr) + open_quietly(path);
}
