// libm is glibc's and computes only: a program that links it gets no
// machine-code model of it, whose error paths (the SVID reports of
// binaries linked before glibc 2.27, internal asserts) allowed every math
// call 17 syscalls (found by scripts/realworld on jq).
// RUN: rm -rf %t && split-file %s %t
// RUN: echo '[{"directory": "%/t", "command": "clang -fno-builtin -c main.c", "file": "main.c"}]' > %t/compile_commands.json
// RUN: cd %t && %clang -g -fno-builtin -o prog main.c -lm
// RUN: %check_sysprune --check-prefix=DIAG --implicit-check-not=note: -- scan --libc debian-12 -p %t --binary %t/prog -o %t/p.json
// DIAG: p.json: 2 syscalls allowed
// RUN: FileCheck %s --input-file=%t/p.json
// CHECK:      "names": [
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "restart_syscall"
// CHECK-NEXT: ],

//--- main.c
#include <math.h>

int main(int argc, char **argv) {
  (void)argv;
  return (int)(sqrt(argc) + pow(argc, 2.0) + atan2(argc, 1.0) + lgamma(argc));
}
