// In a stripped library the unwind tables bound the functions no symbol
// names: here `finish` ends in a call that does not return, and the next
// function, `rebooter`, is reached only through a pointer. With the extent
// .eh_frame gives `finish`, a final call means a call that does not return;
// without it, `finish` would run on into `rebooter`, and `demo_finish`
// would seem to reboot.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang -O2 -shared -fPIC -Wl,-s -o %t/libdemo.so %s
// RUN: %check_sysprune -- model %t/libdemo.so -o %t/model.json
// RUN: FileCheck %s --input-file=%t/model.json
// A call through the table of pointers may reach any function whose
// address the library keeps (rebooter, here): it enters @indirect.
// CHECK:      "@indirect": {
// CHECK:       "syscalls": [
// CHECK-NEXT:    "reboot"
// CHECK-NEXT:   ],
// CHECK:      "demo_finish": {
// CHECK-NEXT:  "syscalls": [
// CHECK-NEXT:   "getppid"
// CHECK-NEXT:  ],
// CHECK:      "demo_reboot_via_table": {
// CHECK-NEXT:  "syscalls": [],
// CHECK-NEXT:  "calls": [],
// CHECK-NEXT:  "groups": [
// CHECK-NEXT:   "@indirect"
// CHECK-NEXT:  ],
// CHECK-NEXT:  "indirect_calls": true
#include <sys/syscall.h>
#include <unistd.h>

__attribute__((noinline, noreturn)) static void finish(int status) {
  syscall(SYS_getppid);
  _exit(status);
}

void demo_finish(int status) { finish(status); }

static long rebooter(void) { return syscall(SYS_reboot, 0, 0, 0, 0); }

long (*demo_rebooters[])(void) = {rebooter};

long demo_reboot_via_table(int i) { return demo_rebooters[i](); }
