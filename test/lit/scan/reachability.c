// Only code reachable from main counts, across translation units; static
// functions with the same name in different files stay apart.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=SUMMARY -- scan -p %t -o %t/policy.json
// RUN: FileCheck %s --input-file=%t/policy.json --implicit-check-not=ptrace --implicit-check-not=reboot --implicit-check-not=unshare
// Only the file with main: the helper it calls is unknown, so its syscalls
// are missing and the call shows up as unmodelled.
// RUN: %check_sysprune --check-prefix=ONEDIAG -- scan -p %t %t/main.c | FileCheck %s --check-prefix=ONE
// RUN: %check_sysprune --check-prefix=ONEDIAG -- scan -p %t %t/main.c -o %t/one.json
// ONEDIAG: main.c:8:3: warning: no library model describes 'jail'; the policy assumes it makes no syscalls [sysprune-unmodelled]
// RUN: %check_sysprune --expect-exit 1 --check-prefix=STRICT -- scan -p %t %t/main.c --strict -o %t/strict.json
// STRICT: main.c:8:3: error: no library model describes 'jail'
// RUN: not test -e %t/strict.json

// SUMMARY: 5 syscalls allowed (3 sites, 4 reachable functions, 2 files)

// CHECK:      "names": [
// CHECK-NEXT:   "chroot",
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "getppid",
// CHECK-NEXT:   "gettid",
// CHECK-NEXT:   "restart_syscall"
// CHECK-NEXT: ],
// CHECK:      "unmodelled": []

// ONE:      "names": [
// ONE-NEXT:   "exit_group",
// ONE-NEXT:   "getppid",
// ONE-NEXT:   "restart_syscall"
// ONE-NEXT: ],
// ONE:      "unmodelled": [
// ONE-NEXT:   "jail"
// ONE-NEXT: ]

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c DIR/main.c", "file": "DIR/main.c"},
 {"directory": "DIR", "command": "clang -c DIR/lib.c", "file": "DIR/lib.c"}]

//--- main.c
#include <sys/syscall.h>
#include <unistd.h>
void jail(const char *dir);
static void helper(void) { syscall(SYS_getppid); }
static void never_called(void) { syscall(SYS_ptrace, 0, 0, 0, 0); }
int main(void) {
  helper();
  jail("/var/empty");
  return 0;
}

//--- lib.c
#define _GNU_SOURCE
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>
static void helper(void) { syscall(SYS_gettid); }
void jail(const char *dir) {
  helper();
  chroot(dir);
}
void unused_export(void) {
  unshare(CLONE_NEWNS);
  syscall(SYS_reboot, 0, 0, 0, 0);
}
