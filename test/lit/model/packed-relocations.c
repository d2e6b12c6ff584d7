// Two things a newer toolchain's libraries do, as Debian 13's glibc 2.41 is
// built:
// - relative relocations packed as DT_RELR (-z pack-relative-relocs): the
//   table of pointers below is in data either way, and a call through it
//   may reach what its functions do;
// - a syscall whose number is passed down as an argument, on the stack
//   (2.41's __syscall_cancel takes it seventh): each caller's constant is
//   the syscall it makes, and a stripped library names no such function.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang -O2 -shared -fPIC -Wl,-s -o %t/librela.so %s
// RUN: %clang -O2 -shared -fPIC -Wl,-s -Wl,-z,pack-relative-relocs -o %t/librelr.so %s
// RUN: llvm-readelf -d %t/librelr.so | FileCheck %s --check-prefix=PACKED
// PACKED: (RELR)
// RUN: %check_sysprune -- model %t/librela.so -o %t/rela.json
// RUN: %check_sysprune -- model %t/librelr.so -o %t/relr.json
// RUN: FileCheck %s --input-file=%t/rela.json
// RUN: FileCheck %s --input-file=%t/relr.json
// CHECK:      "@indirect": {
// CHECK:       "syscalls": [
// CHECK-NEXT:    "getpid",
// CHECK-NEXT:    "reboot"
// CHECK-NEXT:   ],
// CHECK:      "demo_pause": {
// CHECK-NEXT:  "syscalls": [
// CHECK-NEXT:   "pause"
// CHECK-NEXT:  ],
// CHECK-NEXT:  "calls": []
// CHECK-NEXT: },
// CHECK:      "demo_reboot_via_table": {
// CHECK-NEXT:  "syscalls": [],
// CHECK-NEXT:  "calls": [],
// CHECK-NEXT:  "groups": [
// CHECK-NEXT:   "@indirect"
// CHECK-NEXT:  ],
// CHECK-NEXT:  "indirect_calls": true
// CHECK:      "demo_sleep": {
// CHECK-NEXT:  "syscalls": [
// CHECK-NEXT:   "nanosleep"
// CHECK-NEXT:  ],
// CHECK-NEXT:  "calls": []
// CHECK-NEXT: }
#include <sys/syscall.h>
#include <unistd.h>

// Not static: the compiler cannot know every caller, so it keeps the number
// an argument.
__attribute__((noinline, visibility("hidden"))) long
cancel_point(long a, long b, long c, long d, long e, long f, long nr) {
  long ret;
  register long r10 __asm__("r10") = d;
  __asm__ volatile("syscall"
                   : "=a"(ret)
                   : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10)
                   : "rcx", "r11", "memory");
  (void)e;
  (void)f;
  return ret;
}

long demo_sleep(long ns) { return cancel_point(ns, 0, 0, 0, 0, 0, SYS_nanosleep); }
long demo_pause(void) { return cancel_point(0, 0, 0, 0, 0, 0, SYS_pause); }

static long rebooter(void) { return syscall(SYS_reboot, 0, 0, 0, 0); }

static long pauser(void) { return syscall(SYS_getpid); }

long (*demo_rebooters[])(void) = {rebooter, pauser};

long demo_reboot_via_table(int i) { return demo_rebooters[i](); }
