// sysprune model reads a shared library's machine code: syscall
// instructions with their numbers, calls inside the library (also tail
// jumps through its own PLT), calls to other libraries, the generic
// syscall() with a constant number, and calls through pointers: those
// enter the group @indirect, what every function whose address the library
// takes (in its data, or computed by its code) can do.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang -O2 -shared -fPIC -o %t/libdemo.so %s
// RUN: %check_sysprune --check-prefix=SUMMARY -- model %t/libdemo.so -o %t/model.json
// SUMMARY: sysprune model: libdemo.so: {{[0-9]+}} exported functions
// RUN: FileCheck %s --input-file=%t/model.json
// CHECK:      "library": "libdemo.so",
// CHECK-NEXT: "sha256": "{{[0-9a-f]+}}",
// CHECK-NEXT: "architecture": "SCMP_ARCH_X86_64",
// CHECK-NEXT: "needed": [
// CHECK-NEXT:  "libc.so.6"
// CHECK:      "groups": {
// CHECK-NEXT:  "@indirect": {
// CHECK-NEXT:   "from": [],
// CHECK-NEXT:   "pointed_to": {{[0-9]+}},
// CHECK-NEXT:   "syscalls": [
// CHECK-NEXT:    "getgid",
// CHECK-NEXT:    "getuid"
// CHECK-NEXT:   ],
// What the loader runs at exit (the destructors crtstuff adds).
// CHECK:      "@fini": {
// CHECK-NEXT:  "syscalls": [],
// CHECK-NEXT:  "calls": [
// CHECK-NEXT:   "__cxa_finalize"
// CHECK:      "demo_generic": {
// CHECK-NEXT:  "syscalls": [
// CHECK-NEXT:   "getppid"
// CHECK-NEXT:  ],
// CHECK-NEXT:  "calls": [
// CHECK-NEXT:   "syscall"
// CHECK:      "demo_indirect": {
// CHECK-NEXT:  "syscalls": [],
// CHECK-NEXT:  "calls": [],
// CHECK-NEXT:  "groups": [
// CHECK-NEXT:   "@indirect"
// CHECK-NEXT:  ],
// CHECK-NEXT:  "indirect_calls": true
// CHECK:      "demo_pid": {
// CHECK-NEXT:  "syscalls": [],
// CHECK-NEXT:  "calls": [
// CHECK-NEXT:   "getpid"
// A switch's jump table and a call to an IFUNC (through its GOT slot, to
// the implementations its resolver picks from) are not calls through
// pointers.
// CHECK:      "demo_switch": {
// CHECK-NEXT:  "syscalls": [
// CHECK-NEXT:   "getppid"
// CHECK-NEXT:  ],
// CHECK-NEXT:  "calls": [
// CHECK:       ]
// CHECK-NEXT: },
// CHECK:      "demo_tail": {
// CHECK-NEXT:  "syscalls": [
// CHECK-NEXT:   "gettid"
// CHECK:      "demo_tid": {
// CHECK-NEXT:  "syscalls": [
// CHECK-NEXT:   "gettid"

// RUN: %check_sysprune --expect-exit 1 --check-prefix=NOTELF -- model %s
// NOTELF: shared-library.c: error: cannot analyse the library: {{.*}}
// RUN: %check_sysprune --expect-exit 1 --check-prefix=MISSING -- model %t/missing.so
// MISSING: missing.so: error: cannot analyse the library: {{.*}}No such file or directory

#include <sys/syscall.h>
#include <unistd.h>

static long raw_gettid(void) {
  long r;
  __asm__ volatile("mov $186, %%eax\n\tsyscall"
                   : "=a"(r)
                   :
                   : "rcx", "r11", "memory");
  return r;
}
__attribute__((noinline)) static long helper(void) { return raw_gettid(); }
long demo_tid(void) { return helper(); }
long demo_pid(void) { return getpid(); }
long demo_generic(void) { return syscall(SYS_getppid); }
__attribute__((noinline)) long demo_indirect(long (*f)(void)) { return f(); }
long demo_tail(void) { return demo_tid(); }

static long ifunc_getppid(void) { return syscall(SYS_getppid); }
static long (*resolve_ifunc(void))(void) { return ifunc_getppid; }
long demo_ifunc(void) __attribute__((ifunc("resolve_ifunc")));

// Reached only through pointers: one in a table (data), one whose address
// the code computes.
static long via_table(void) { return syscall(SYS_getuid); }
long (*const demo_table[])(void) = {via_table};
static long via_code(void) { return syscall(SYS_getgid); }
long (*demo_hook)(void);
void demo_register(void) { demo_hook = via_code; }

__attribute__((noinline)) long demo_switch(int i) {
  switch (i) {
  case 0: return getpid();
  case 1: return getuid();
  case 2: return getgid();
  case 3: return geteuid();
  case 4: return getegid();
  case 5: return demo_ifunc();
  default: return 0;
  }
}
