// clone through glibc (flags are its third argument) and through a raw
// syscall wrapper as in LXC's raw_syscalls.h, whose flags parameter is
// or-ed with SIGCHLD: both become rules on clone's flags.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %S/Inputs/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- scan --libc debian-12 -p %t -o %t/p.json
// RUN: FileCheck %s --input-file=%t/p.json
// Bits seen: CLONE_NEWUSER 0x10000000 | CLONE_NEWNS 0x20000 | SIGCHLD 0x11
// | CLONE_VM 0x100 | CLONE_VFORK 0x4000 = 0x10024111, mask 0xEFFDBEEE.
// CHECK:      "clone"
// CHECK:        "index": 0,
// CHECK-NEXT:   "value": 4026384110,
// CHECK-NEXT:   "valueTwo": 0,
// CHECK-NEXT:   "op": "SCMP_CMP_MASKED_EQ"
// CHECK:      "clone": {
// CHECK:            "via": "clone"
// CHECK:            "via": "syscall"

//--- main.c
#include <sched.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

static long lxc_raw_clone(unsigned long flags, int *pidfd) {
  return syscall(__NR_clone, flags | SIGCHLD, NULL, pidfd, NULL, NULL);
}

static int child(void *arg) { return arg != 0; }
static char stack[4096];

int main(void) {
  lxc_raw_clone(CLONE_NEWUSER, 0);
  lxc_raw_clone(CLONE_NEWNS, 0);
  return clone(child, stack + sizeof(stack), CLONE_VM | CLONE_VFORK | SIGCHLD, 0);
}
