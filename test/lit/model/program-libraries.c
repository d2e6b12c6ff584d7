// --binary also finds the shared libraries the program loads, as the
// dynamic loader does (here through DT_RUNPATHs with $ORIGIN), and
// models them from their machine code, and the libraries they load in
// turn; the C library needs no model of its own. A library the loader
// would not find is a warning.
// RUN: rm -rf %t && split-file %s %t && mkdir -p %t/lib
// RUN: %clang -O2 -shared -fPIC -o %t/lib/libinner.so %t/inner.c
// RUN: %clang -O2 -shared -fPIC -o %t/lib/libouter.so %t/outer.c -L%t/lib -linner -Wl,-rpath,'$ORIGIN' -Wl,--enable-new-dtags
// RUN: echo '[{"directory": "%/t", "command": "clang -c main.c", "file": "main.c"}]' > %t/compile_commands.json
// RUN: cd %t && %clang -g -o prog main.c -Llib -louter -Wl,-rpath-link,lib -Wl,-rpath,'$ORIGIN/lib' -Wl,--enable-new-dtags
// RUN: %check_sysprune --check-prefix=DIAG -- scan --libc debian-12 -p %t --binary %t/prog -o %t/p.json
// DIAG: prog: note: modelling the libraries it loads from their machine code: {{.*}}/lib/libouter.so, {{.*}}/lib/libinner.so
// DIAG: p.json: 9 syscalls allowed
// RUN: FileCheck %s --input-file=%t/p.json
// getppid from libouter's own syscall(); sched_yield from libinner, which
// libouter calls; futex, brk, munmap and madvise from the libraries'
// destructors (__cxa_finalize), which run at exit.
// CHECK:      "names": [
// CHECK-NEXT:   "brk",
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "futex",
// CHECK-NEXT:   "getppid",
// CHECK-NEXT:   "madvise",
// CHECK-NEXT:   "munmap",
// CHECK-NEXT:   "restart_syscall",
// CHECK-NEXT:   "sched_yield",
// CHECK-NEXT:   "write"
// CHECK-NEXT: ],
// CHECK:      "models": [
// CHECK-DAG:    "libouter.so",
// CHECK-DAG:    "libinner.so",
// CHECK-DAG:    "glibc-2.36-x86_64"
// CHECK:        "futex": {
// CHECK-NEXT:     "baselines": [
// CHECK-DAG:        "destructors of libinner.so"
// CHECK-DAG:        "destructors of libouter.so"

// Without libinner the loader could not start the program: say so.
// RUN: rm %t/lib/libinner.so
// RUN: %check_sysprune --check-prefix=MISSING -- scan --libc debian-12 -p %t --binary %t/prog -o %t/missing.json
// MISSING: prog: warning: the program loads 'libinner.so', which is not on the loader's search path here; calls into it are not modelled (name it with --lib) [sysprune-missing-library]
// MISSING: main.c:5:15: warning: no library model describes 'inner_yield (called by outer_work in libouter.so)'; the policy assumes it makes no syscalls [sysprune-unmodelled]

//--- inner.c
#include <sched.h>
void inner_yield(void) { sched_yield(); }

//--- outer.c
#include <sys/syscall.h>
#include <unistd.h>
void inner_yield(void);
long outer_work(void) {
  inner_yield();
  return syscall(SYS_getppid);
}

//--- main.c
#include <unistd.h>
long outer_work(void);
int main(void) {
  write(1, "x", 1);
  return (int)outer_work();
}
