// eventfd (eventfd2) and its helpers; a C++ member look-alike is not libc's.
// RUN: rm -rf %t && split-file %s %t
// RUN: echo '[{"directory": "%/t", "command": "clang++ -c main.cpp", "file": "main.cpp"}]' > %t/compile_commands.json
// RUN: %check_sysprune -- scan --libc debian-12 -p %t -o %t/p.json
// RUN: FileCheck %s --input-file=%t/p.json
// CHECK:      "names": [
// CHECK-NEXT:   "eventfd2",
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "read",
// CHECK-NEXT:   "restart_syscall",
// CHECK-NEXT:   "write"
// CHECK-NEXT: ],

//--- main.cpp
#include <sys/eventfd.h>
struct Counter {
  int eventfd(unsigned, int) { return -1; } // not libc's
  int chroot(const char *) { return -1; }
};
int main() {
  Counter c;
  c.eventfd(0, 0);
  c.chroot("/");
  int fd = eventfd(0, EFD_CLOEXEC);
  eventfd_write(fd, 1);
  eventfd_t v;
  return eventfd_read(fd, &v);
}
