// seccomp-stacked: a seccomp filter of the program's own (prctl, syscall,
// libseccomp) is a finding only with --hardened.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- check -p %t --hardened --checks=-*,seccomp-stacked | FileCheck %s --implicit-check-not="{{warning|error}}:"
// CHECK: main.c:10:3: warning: prctl(PR_SET_SECCOMP) installs a seccomp filter of the program's own in a program hardened by sysprune: both filters apply to every syscall and the stricter answer wins, so sysprune's policy must allow prctl and all this filter allows; keep one filter, or check that they agree [seccomp-stacked]
// CHECK: main.c:10:3: note: seccomp(2): if multiple filters exist, they are all executed, and the return value with the highest precedence is used [seccomp-stacked]
// CHECK: main.c:11:3: warning: syscall(SYS_seccomp) installs a seccomp filter {{.*}} must allow seccomp {{.*}} [seccomp-stacked]
// CHECK: main.c:13:10: warning: seccomp_load installs a seccomp filter {{.*}} [seccomp-stacked]
// RUN: %check_sysprune --check-prefix=UNHARDENED -- check -p %t --checks=-*,seccomp-stacked
// UNHARDENED: 0 errors, 0 warnings

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c main.c", "file": "main.c"}]

//--- main.c
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

int sandbox(struct sock_fprog *prog, scmp_filter_ctx ctx) {
  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, prog);
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, prog);
  syscall(SYS_getpid);
  return seccomp_load(ctx);
}
