// prctl with each seed option gets its own rule: PR_SET_NO_NEW_PRIVS (38),
// PR_SET_SECCOMP (22), PR_SET_CHILD_SUBREAPER (36), PR_SET_NAME (15),
// PR_SET_PDEATHSIG (1), PR_CAPBSET_DROP (24).
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %S/Inputs/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- scan -p %t -o %t/p.json
// RUN: %check_sysprune -- show %t/p.json | FileCheck %s --check-prefix=TABLE
// TABLE: prctl       157  args   6
// RUN: grep -B1 -A3 '"index": 0' %t/p.json | grep '"value"' | sed 's/^ *//' | sort -u | FileCheck %s --implicit-check-not=value
// CHECK: "value": 1,
// CHECK: "value": 15,
// CHECK: "value": 22,
// CHECK: "value": 24,
// CHECK: "value": 36,
// CHECK: "value": 38,

//--- main.c
#include <linux/capability.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <sys/prctl.h>
int main(void) {
  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
  prctl(PR_SET_NAME, "w", 0, 0, 0);
  prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  prctl(PR_CAPBSET_DROP, CAP_SYS_ADMIN, 0, 0, 0);
  return prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT, 0, 0, 0);
}
