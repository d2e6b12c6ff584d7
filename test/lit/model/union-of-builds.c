// Two builds of one library (two releases, say), modelled together: each
// function does what it does in either, as a policy for a program that may
// run with either must allow. A library of another name is no build of it.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang -O2 -shared -fPIC -Wl,-soname,libdemo.so.1 -DOLD -o %t/old.so %s
// RUN: %clang -O2 -shared -fPIC -Wl,-soname,libdemo.so.1 -o %t/new.so %s
// RUN: %clang -O2 -shared -fPIC -Wl,-soname,libother.so.1 -o %t/other.so %s
// RUN: %check_sysprune --check-prefix=SUMMARY -- model %t/old.so %t/new.so -o %t/union.json
// SUMMARY: sysprune model: libdemo.so.1: {{[0-9]+}} exported functions
// RUN: FileCheck %s --input-file=%t/union.json
// CHECK:      "library": "libdemo.so.1",
// CHECK-NEXT: "union_of": [
// CHECK-NEXT:  "{{[0-9a-f]+}}",
// CHECK-NEXT:  "{{[0-9a-f]+}}"
// CHECK-NEXT: ],
// CHECK:      "demo_stat": {
// CHECK-NEXT:  "syscalls": [
// CHECK-NEXT:   "fstat",
// CHECK-NEXT:   "newfstatat"
// CHECK-NEXT:  ],
// CHECK:      "demo_wait": {
// CHECK-NEXT:  "syscalls": [
// CHECK-NEXT:   "wait4",
// CHECK-NEXT:   "waitid"
// CHECK-NEXT:  ],
// RUN: %check_sysprune --expect-exit 1 --check-prefix=MIXED --implicit-check-not=sysprune -- model %t/old.so %t/other.so -o %t/mixed.json
// MIXED: {{.*}}other.so: error: models of different libraries cannot be united: libdemo.so.1 (SCMP_ARCH_X86_64) and libother.so.1 (SCMP_ARCH_X86_64)
// RUN: not test -e %t/mixed.json
#include <sys/syscall.h>
#include <unistd.h>

long demo_stat(int Fd, void *Buf) {
#ifdef OLD
  return syscall(SYS_fstat, Fd, Buf);
#else
  return syscall(SYS_newfstatat, Fd, "", Buf, 0x1000);
#endif
}

long demo_wait(int Pid) {
#ifdef OLD
  return syscall(SYS_wait4, Pid, 0, 0, 0);
#else
  return syscall(SYS_waitid, 1, Pid, 0, 4, 0);
#endif
}
