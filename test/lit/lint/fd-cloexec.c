// fd-cloexec: every fd-creating wrapper without its close-on-exec flag, with
// the fix-it where the edit keeps the meaning.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- check -p %t --checks=-*,fd-cloexec | FileCheck %s --implicit-check-not="{{warning|error}}:"
// RUN: %check_sysprune -- check -p %t --checks=-*,fd-cloexec --fix > /dev/null
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t/main.c
// RUN: %check_sysprune --check-prefix=CLEAN -- check -p %t --checks=-*,fd-cloexec
// After the fixes the file compiles, and nothing is left.
// RUN: cd %t && %clang -fsyntax-only main.c
// CLEAN: 0 errors, 0 warnings

// CHECK: main.c:11:12: warning: epoll_create creates a file descriptor without close-on-exec: it stays open in every program this process executes; use epoll_create1(EPOLL_CLOEXEC) [fd-cloexec]
// CHECK: main.c:11:12: note: fix-it: replace up to column 28 with 'epoll_create1(EPOLL_CLOEXEC)'
// CHECK: main.c:12:27: warning: epoll_create1 creates a file descriptor without EPOLL_CLOEXEC: it stays open in every program this process executes; add EPOLL_CLOEXEC to the flags [fd-cloexec]
// CHECK: main.c:12:27: note: open(2): setting close-on-exec later with fcntl(F_SETFD) races with a fork and execve in another thread [fd-cloexec]
// CHECK: main.c:12:27: note: fix-it: replace up to column 28 with 'EPOLL_CLOEXEC'
// CHECK: main.c:13:12: warning: inotify_init creates a file descriptor without close-on-exec: {{.*}}; use inotify_init1(IN_CLOEXEC) [fd-cloexec]
// CHECK: main.c:14:27: warning: inotify_init1 creates a file descriptor without IN_CLOEXEC: {{.*}} [fd-cloexec]
// CHECK: main.c:14:38: note: fix-it: insert ' | IN_CLOEXEC'
// CHECK: main.c:15:32: warning: signalfd creates a file descriptor without SFD_CLOEXEC: {{.*}} [fd-cloexec]
// CHECK: main.c:16:24: warning: eventfd creates a file descriptor without EFD_CLOEXEC: {{.*}} [fd-cloexec]
// CHECK: main.c:17:27: warning: socket creates a file descriptor without SOCK_CLOEXEC: {{.*}} [fd-cloexec]
// CHECK: main.c:18:29: warning: accept4 creates a file descriptor without SOCK_CLOEXEC: {{.*}} [fd-cloexec]
// CHECK: main.c:19:23: warning: open creates a file descriptor without O_CLOEXEC: {{.*}}; add O_CLOEXEC to the flags [fd-cloexec]
// CHECK: main.c:20:35: warning: openat creates a file descriptor without O_CLOEXEC: {{.*}} [fd-cloexec]
// CHECK: main.c:20:53: note: fix-it: insert ' | O_CLOEXEC'

// FIXED:      int ep = epoll_create1(EPOLL_CLOEXEC);
// FIXED-NEXT: int ep1 = epoll_create1(EPOLL_CLOEXEC);
// FIXED-NEXT: int in = inotify_init1(IN_CLOEXEC);
// FIXED-NEXT: int in1 = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
// FIXED-NEXT: int sfd = signalfd(-1, mask, SFD_NONBLOCK | SFD_CLOEXEC);
// FIXED-NEXT: int efd = eventfd(0, EFD_CLOEXEC);
// FIXED-NEXT: int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
// FIXED-NEXT: int a4 = accept4(s, 0, 0, SOCK_NONBLOCK | SOCK_CLOEXEC);
// FIXED-NEXT: int fd = open(path, O_RDONLY | O_CLOEXEC);
// FIXED-NEXT: int at = openat(AT_FDCWD, path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c main.c", "file": "main.c"}]

//--- main.c
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

int make(const char *path, const sigset_t *mask) {
  int ep = epoll_create(16);
  int ep1 = epoll_create1(0);
  int in = inotify_init();
  int in1 = inotify_init1(IN_NONBLOCK);
  int sfd = signalfd(-1, mask, SFD_NONBLOCK);
  int efd = eventfd(0, 0);
  int s = socket(AF_INET, SOCK_STREAM, 0);
  int a4 = accept4(s, 0, 0, SOCK_NONBLOCK);
  int fd = open(path, O_RDONLY);
  int at = openat(AT_FDCWD, path, O_WRONLY | O_CREAT, 0600);
  return ep + ep1 + in + in1 + sfd + efd + a4 + fd + at;
}
