// fd-cloexec without a fix-it: accept (accept4 needs _GNU_SOURCE), flags
// whose operator binds more loosely than '|', and an epoll_create whose size
// makes it fail (epoll_create1 would not). --fix leaves the file alone.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: cp %t/main.c %t/main.c.orig
// RUN: %check_sysprune -- check -p %t --checks=-*,fd-cloexec | FileCheck %s --implicit-check-not="{{warning|error}}:" --implicit-check-not=fix-it
// CHECK: main.c:7:11: warning: accept creates a file descriptor without close-on-exec: it stays open in every program this process executes; use accept4 with SOCK_CLOEXEC (declared with _GNU_SOURCE) [fd-cloexec]
// CHECK: main.c:8:23: warning: open creates a file descriptor without O_CLOEXEC: {{.*}} [fd-cloexec]
// CHECK: main.c:9:12: warning: epoll_create creates a file descriptor without close-on-exec: {{.*}} [fd-cloexec]
// RUN: %check_sysprune -- check -p %t --checks=-*,fd-cloexec --fix > /dev/null
// RUN: diff %t/main.c.orig %t/main.c

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c main.c", "file": "main.c"}]

//--- main.c
#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/socket.h>

#define READ_ONLY 1
int serve(int listener, const char *path) {
  int a = accept(listener, 0, 0);
  int fd = open(path, READ_ONLY ? O_RDONLY : O_WRONLY);
  int ep = epoll_create(0);
  return a + fd + ep;
}
