// --lib models a linked library from its machine code: the scan then knows
// what its functions do, and what they call in the C library.
// RUN: rm -rf %t && split-file %s %t
// RUN: %clang -O2 -shared -fPIC -o %t/libdemo.so %t/lib.c
// RUN: echo '[{"directory": "%/t", "command": "clang -c main.c", "file": "main.c"}]' > %t/compile_commands.json
// Without the library's model its functions are unknown.
// RUN: %check_sysprune --check-prefix=WITHOUT -- scan --libc debian-12 -p %t -o %t/without.json
// WITHOUT: main.c:6:42: warning: no library model describes 'demo_generic'; the policy assumes it makes no syscalls [sysprune-unmodelled]
// WITHOUT: main.c:6:16: warning: no library model describes 'demo_pid'; the policy assumes it makes no syscalls [sysprune-unmodelled]
// WITHOUT: main.c:6:29: warning: no library model describes 'demo_tid'; the policy assumes it makes no syscalls [sysprune-unmodelled]
// RUN: %check_sysprune --check-prefix=WITH -- scan --libc debian-12 -p %t --lib %t/libdemo.so -o %t/with.json
// WITH: with.json: 9 syscalls allowed
// RUN: FileCheck %s --input-file=%t/with.json
// getpid comes from libdemo's call into the C library's getpid; futex,
// brk, munmap and madvise from libdemo's destructors (__cxa_finalize),
// which run at exit.
// CHECK:      "names": [
// CHECK-NEXT:   "brk",
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "futex",
// CHECK-NEXT:   "getpid",
// CHECK-NEXT:   "getppid",
// CHECK-NEXT:   "gettid",
// CHECK-NEXT:   "madvise",
// CHECK-NEXT:   "munmap",
// CHECK-NEXT:   "restart_syscall"
// CHECK-NEXT: ],
// CHECK:      "models": [
// CHECK-NEXT:   "libdemo.so",
// CHECK-NEXT:   "glibc-2.36-x86_64"
// RUN: %check_sysprune --expect-exit 1 --check-prefix=BADLIB -- scan --libc debian-12 -p %t --lib %t/main.c
// BADLIB: main.c: error: cannot model the library: {{.*}}

//--- lib.c
#include <sys/syscall.h>
#include <unistd.h>
static long raw_gettid(void) {
  long r;
  __asm__ volatile("mov $186, %%eax\n\tsyscall" : "=a"(r) : : "rcx", "r11", "memory");
  return r;
}
long demo_tid(void) { return raw_gettid(); }
long demo_pid(void) { return getpid(); }
long demo_generic(void) { return syscall(SYS_getppid); }

//--- main.c
long demo_tid(void);
long demo_pid(void);
long demo_generic(void);

int main(void) {
  return (int)(demo_pid() + demo_tid() + demo_generic());
}
