// epoll-size: epoll_create with a size <= 0 and epoll_wait/epoll_pwait with
// maxevents <= 0, as constants; positive or run-time values find nothing.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- check -p %t --checks=-*,epoll-size | FileCheck %s --implicit-check-not="{{warning|error}}:"
// CHECK: main.c:6:25: warning: epoll_create's size is 0, and the call fails with EINVAL unless it is greater than 0; the kernel ignores its value otherwise: pass 1, or use epoll_create1 [epoll-size]
// CHECK: main.c:6:25: note: epoll_create(2): since Linux 2.6.8, the size argument is ignored, but must be greater than zero [epoll-size]
// CHECK: main.c:7:26: warning: epoll_create's size is -1, {{.*}} [epoll-size]
// CHECK: main.c:9:26: warning: epoll_wait's maxevents is 0, and the call fails with EINVAL unless it is greater than 0: pass the number of elements of the events array [epoll-size]
// CHECK: main.c:9:26: note: epoll_wait(2): EINVAL: epfd is not an epoll file descriptor, or maxevents is less than or equal to zero [epoll-size]
// CHECK: main.c:10:28: warning: epoll_pwait's maxevents is -8, {{.*}} [epoll-size]

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c main.c", "file": "main.c"}]

//--- main.c
#include <signal.h>
#include <sys/epoll.h>

#define NO_EVENTS 0
int loop(int n) {
  int ep = epoll_create(0);
  int ep2 = epoll_create(-1);
  struct epoll_event events[8];
  epoll_wait(ep, events, NO_EVENTS, -1);
  epoll_pwait(ep2, events, -8, -1, 0);
  int fine = epoll_create(1);
  epoll_wait(fine, events, 8, -1);
  epoll_wait(fine, events, n, -1);
  return epoll_create(n);
}
