// epoll_create, epoll_create1, epoll_ctl, epoll_wait, epoll_pwait; a
// namespaced look-alike in C++ is not libc's.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %S/Inputs/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- scan --libc debian-12 -p %t -o %t/p.json
// RUN: FileCheck %s --input-file=%t/p.json
// CHECK:      "names": [
// CHECK-NEXT:   "epoll_create",
// CHECK-NEXT:   "epoll_create1",
// CHECK-NEXT:   "epoll_pwait",
// CHECK-NEXT:   "epoll_wait",
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "restart_syscall"
// CHECK-NEXT: ],
// CHECK:      "epoll_ctl"
// CHECK:        "index": 1,
// CHECK-NEXT:   "value": 2,

//--- main.c
#include <signal.h>
#include <sys/epoll.h>
int main(void) {
  int a = epoll_create(8);
  int b = epoll_create1(EPOLL_CLOEXEC);
  struct epoll_event ev, out[4];
  sigset_t none;
  sigemptyset(&none);
  epoll_ctl(a, EPOLL_CTL_DEL, b, &ev);
  epoll_wait(a, out, 4, 0);
  epoll_pwait(b, out, 4, 0, &none);
  return 0;
}
