// setresuid/setresgid (with what glibc needs to apply them to every
// thread), getresuid/getresgid.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %S/Inputs/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- scan --libc debian-12 -p %t -o %t/p.json
// RUN: FileCheck %s --input-file=%t/p.json
// CHECK:      "names": [
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "futex",
// CHECK-NEXT:   "getpid",
// CHECK-NEXT:   "getresgid",
// CHECK-NEXT:   "getresuid",
// CHECK-NEXT:   "restart_syscall",
// CHECK-NEXT:   "rt_sigreturn",
// CHECK-NEXT:   "setresgid",
// CHECK-NEXT:   "setresuid",
// CHECK-NEXT:   "tgkill"
// CHECK-NEXT: ],

//--- main.c
#include <unistd.h>
int main(void) {
  uid_t r, e, s;
  gid_t gr, ge, gs;
  getresuid(&r, &e, &s);
  getresgid(&gr, &ge, &gs);
  setresgid(65534, 65534, 65534);
  return setresuid(65534, 65534, 65534);
}
