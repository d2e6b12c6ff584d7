// inotify_init, inotify_init1, inotify_add_watch, inotify_rm_watch, and a
// read on the inotify descriptor.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %S/Inputs/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- scan --libc debian-12 -p %t -o %t/p.json
// RUN: FileCheck %s --input-file=%t/p.json
// CHECK:      "names": [
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "inotify_add_watch",
// CHECK-NEXT:   "inotify_init",
// CHECK-NEXT:   "inotify_init1",
// CHECK-NEXT:   "inotify_rm_watch",
// CHECK-NEXT:   "read",
// CHECK-NEXT:   "restart_syscall"
// CHECK-NEXT: ],

//--- main.c
#include <sys/inotify.h>
#include <unistd.h>
int main(void) {
  int old = inotify_init();
  int fd = inotify_init1(IN_CLOEXEC);
  int wd = inotify_add_watch(fd, "/tmp", IN_CREATE);
  char buf[sizeof(struct inotify_event) + 256];
  read(fd, buf, sizeof(buf));
  inotify_rm_watch(fd, wd);
  return old;
}
