// select, poll, pselect and ppoll (glibc 2.36 implements select with
// pselect6).
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %S/Inputs/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- scan --libc debian-12 -p %t -o %t/p.json
// RUN: FileCheck %s --input-file=%t/p.json
// CHECK:      "names": [
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "poll",
// CHECK-NEXT:   "ppoll",
// CHECK-NEXT:   "pselect6",
// CHECK-NEXT:   "restart_syscall"
// CHECK-NEXT: ],

//--- main.c
#include <poll.h>
#include <signal.h>
#include <sys/select.h>
int main(void) {
  struct pollfd p = {0, POLLIN, 0};
  struct timespec zero = {0, 0};
  struct timeval tv = {0, 0};
  fd_set set;
  FD_ZERO(&set);
  poll(&p, 1, 0);
  ppoll(&p, 1, &zero, 0);
  select(1, &set, 0, 0, &tv);
  return pselect(1, &set, 0, 0, &zero, 0);
}
