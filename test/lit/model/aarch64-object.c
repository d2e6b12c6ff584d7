// The decoder also reads aarch64: `svc #0` with the number moved into x8
// (getpid is 172 and gettid 178 there), and a call inside the object.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang --target=aarch64-linux-gnu -ffreestanding -nostdinc -O2 -c -o %t/a64.o %s
// RUN: %check_sysprune -- model %t/a64.o | FileCheck %s
// CHECK: "architecture": "SCMP_ARCH_AARCH64",
// CHECK:      "both": {
// CHECK-NEXT:  "syscalls": [
// CHECK-NEXT:   "getpid",
// CHECK-NEXT:   "gettid"
// CHECK:      "pid": {
// CHECK-NEXT:  "syscalls": [
// CHECK-NEXT:   "getpid"
// CHECK-NEXT:  ],

__attribute__((noinline)) long pid(void) {
  register long x8 __asm__("x8") = 172;
  register long x0 __asm__("x0");
  __asm__ volatile("svc #0" : "=r"(x0) : "r"(x8) : "memory");
  return x0;
}
__attribute__((noinline)) long tid(void) {
  long r;
  __asm__ volatile("mov x8, #178\n\tsvc #0\n\tmov %0, x0" : "=r"(r) : : "x0", "x8", "memory");
  return r;
}
long both(void) { return pid() + tid(); }
