// inotify-read-buffer finds nothing for a buffer with room for the longest
// event, for reads from other descriptors, for a count known only at run
// time, and for look-alikes of read in a namespace or a class.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=CHECK -- check -p %t --checks=-*,inotify-read-buffer | count 0
// CHECK: 0 errors, 0 warnings

//--- cdb.json.template
[{"directory": "DIR", "command": "clang++ -c main.cpp", "file": "main.cpp"}]

//--- main.cpp
#include <fcntl.h>
#include <limits.h>
#include <sys/inotify.h>
#include <unistd.h>

namespace stream {
long read(int, void *, unsigned long) { return 0; }
} // namespace stream

struct Reader {
  long read(int, void *, unsigned long) { return 0; }
};

void watch(unsigned long n) {
  int fd = inotify_init1(IN_CLOEXEC);
  alignas(inotify_event) char exact[sizeof(struct inotify_event) + NAME_MAX + 1];
  read(fd, exact, sizeof exact);
  char big[4096];
  read(fd, big, sizeof big);
  read(fd, big, n);
  char small[16];
  int file = open("/etc/hosts", O_RDONLY | O_CLOEXEC);
  read(file, small, sizeof small);
  Reader r;
  r.read(fd, small, sizeof small);
  stream::read(fd, small, sizeof small);
}
