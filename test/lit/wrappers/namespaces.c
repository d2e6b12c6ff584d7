// unshare, setns, mount and chroot; unshare's and mount's flags become
// masked rules, setns's nstype an exact one.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %S/Inputs/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- scan -p %t -o %t/p.json
// RUN: FileCheck %s --input-file=%t/p.json
// CHECK:      "names": [
// CHECK-NEXT:   "chdir",
// CHECK-NEXT:   "chroot",
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "restart_syscall"
// CHECK-NEXT: ],
// MS_BIND | MS_REC = 0x5000: mask 0xFFFFAFFF = 4294946815.
// CHECK:      "mount"
// CHECK:        "index": 3,
// CHECK-NEXT:   "value": 4294946815,
// CHECK-NEXT:   "valueTwo": 0,
// CHECK-NEXT:   "op": "SCMP_CMP_MASKED_EQ"
// CLONE_NEWNET = 0x40000000.
// CHECK:      "setns"
// CHECK:        "index": 1,
// CHECK-NEXT:   "value": 1073741824,
// CHECK-NEXT:   "valueTwo": 0,
// CHECK-NEXT:   "op": "SCMP_CMP_EQ"
// CLONE_NEWNS | CLONE_NEWPID = 0x20020000: mask 0xDFFDFFFF = 3757965311.
// CHECK:      "unshare"
// CHECK:        "index": 0,
// CHECK-NEXT:   "value": 3757965311,

//--- main.c
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>
int main(void) {
  unshare(CLONE_NEWNS | CLONE_NEWPID);
  int fd = 3;
  setns(fd, CLONE_NEWNET);
  mount("/srv", "/mnt", 0, MS_BIND | MS_REC, 0);
  chroot("/mnt");
  return chdir("/");
}
