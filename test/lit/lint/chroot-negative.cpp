// chroot-chdir and chroot-open-fds ignore look-alikes of chroot in a
// namespace or a class, and calls in a system header.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=CHECK -- check -p %t --checks=-*,chroot-* | count 0
// CHECK: 0 errors, 0 warnings

//--- cdb.json.template
[{"directory": "DIR", "command": "clang++ -isystem DIR/sys -c main.cpp", "file": "main.cpp"}]

//--- sys/jail.h
#include <fcntl.h>
#include <unistd.h>
inline int system_jail(const char *path) {
  int fd = open(path, O_RDONLY);
  return chroot(path) + fd;
}

//--- main.cpp
#include <fcntl.h>
#include <unistd.h>
#include <jail.h>

namespace vfs {
int chroot(const char *) { return 0; }
} // namespace vfs

struct Sandbox {
  int chroot(const char *) { return 0; }
};

int enter(const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  Sandbox box;
  return vfs::chroot(path) + box.chroot(path) + system_jail(path) + fd;
}
