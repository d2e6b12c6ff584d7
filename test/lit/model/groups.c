// --groups names a library's shared paths that are modelled once: every
// function that can reach lib_die (the group's own function) or lib_fail
// (an entry to it) says so, "groups": ["@fatal"], instead of carrying what
// they do; what lib_fail does besides entering the group (uname here, as
// glibc's __assert_fail translates its message) is left out. A group
// needed only by some programs says which ("needed_for").
// RUN: rm -rf %t && split-file %s %t
// RUN: %clang -O2 -shared -fPIC -o %t/libpaths.so %t/lib.c
// RUN: %check_sysprune --check-prefix=SUMMARY -- model %t/libpaths.so --groups %t/paths.groups -o %t/model.json
// SUMMARY: sysprune model: libpaths.so: {{[0-9]+}} exported functions ({{.*}}), {{[0-9]+}} code regions, 3 groups
// RUN: FileCheck %s --input-file=%t/model.json --implicit-check-not=uname
// CHECK:      "groups": {
// CHECK-NEXT:  "@fatal": {
// CHECK-NEXT:   "from": [
// CHECK-NEXT:    "lib_die"
// CHECK-NEXT:   ],
// CHECK-NEXT:   "entered_at": [
// CHECK-NEXT:    "lib_fail"
// CHECK-NEXT:   ],
// CHECK-NEXT:   "syscalls": [
// CHECK-NEXT:    "getpid",
// CHECK-NEXT:    "kill"
// CHECK-NEXT:   ],
// Every library keeps pointers to its constructors and destructors.
// CHECK:       "@indirect": {
// CHECK:       "@unwind": {
// CHECK-NEXT:   "from": [
// CHECK-NEXT:    "lib_unwind"
// CHECK-NEXT:   ],
// CHECK-NEXT:   "needed_for": [
// CHECK-NEXT:    "lib_exit_thread"
// CHECK-NEXT:   ],
// CHECK-NEXT:   "syscalls": [
// CHECK-NEXT:    "sched_yield"
// CHECK-NEXT:   ],
// CHECK:      "functions": {
// CHECK:       "lib_fail": {
// CHECK-NEXT:   "syscalls": [],
// CHECK-NEXT:   "calls": [],
// CHECK-NEXT:   "groups": [
// CHECK-NEXT:    "@fatal"
// CHECK-NEXT:   ]
// CHECK:       "lib_read": {
// CHECK-NEXT:   "syscalls": [
// CHECK-NEXT:    "read"
// CHECK-NEXT:   ],
// CHECK:        "groups": [
// CHECK-NEXT:    "@fatal",
// CHECK-NEXT:    "@unwind"
// CHECK-NEXT:   ]

// Without the groups, the paths are followed like any other call.
// RUN: %check_sysprune -- model %t/libpaths.so -o %t/plain.json
// RUN: FileCheck %s --check-prefix=PLAIN --input-file=%t/plain.json
// PLAIN:      "lib_read": {
// PLAIN-NEXT:   "syscalls": [
// PLAIN-NEXT:    "getpid",
// PLAIN-NEXT:    "kill",
// PLAIN-NEXT:    "read",
// PLAIN-NEXT:    "sched_yield",
// PLAIN-NEXT:    "uname"
// PLAIN-NEXT:   ],

// A groups file with a mistake is one error, with its place.
// RUN: printf 'model libpaths.so\n@fatal when: lib_die\n' > %t/bad.groups
// RUN: %check_sysprune --expect-exit 1 --check-prefix=BAD -- model %t/libpaths.so --groups %t/bad.groups
// BAD: bad.groups:2:8: error: expected 'at' or 'for' after the group name, found 'when'
// RUN: printf 'model libpaths.so\n@fatal at: lib_fail\n' > %t/nofrom.groups
// RUN: %check_sysprune --expect-exit 1 --check-prefix=NOFROM -- model %t/libpaths.so --groups %t/nofrom.groups
// NOFROM: error: the group '@fatal' has no '@fatal: FUNCTION...' line saying what it is

//--- paths.groups
model libpaths.so
@fatal: lib_die
@fatal at: lib_fail
@unwind: lib_unwind
@unwind for: lib_exit_thread

//--- lib.c
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

__attribute__((noinline, noreturn)) void lib_die(void) {
  syscall(SYS_kill, syscall(SYS_getpid), SIGABRT);
  _exit(127);
}

__attribute__((noinline, noreturn)) void lib_fail(const char *why) {
  syscall(SYS_uname, why);
  lib_die();
}

__attribute__((noinline)) void lib_unwind(void) { syscall(SYS_sched_yield); }

volatile int lib_cancelled;

long lib_read(int fd, void *buf, unsigned long n) {
  long r = syscall(SYS_read, fd, buf, n);
  if (r < -1)
    lib_fail("impossible");
  if (lib_cancelled)
    lib_unwind();
  return r;
}

void lib_exit_thread(void) {
  lib_unwind();
  _exit(0);
}
