// prctl is restricted to the options reachable code passes, also through a
// project wrapper that forwards its parameter; an unreachable call adds
// nothing.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=DIAG --implicit-check-not=note: -- scan --libc debian-12 -p %t -o %t/policy.json
// RUN: FileCheck %s --input-file=%t/policy.json

// DIAG: 3 syscalls allowed (3 sites, 2 reachable functions, 1 file)

// Four options, one rule each: PR_SET_NAME (15) and PR_SET_NO_NEW_PRIVS
// (38) directly, PR_SET_PDEATHSIG (1) and PR_SET_CHILD_SUBREAPER (36)
// through set_option(); PR_SET_DUMPABLE (4) is unreachable.
// CHECK:      "names": [
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "restart_syscall"
// CHECK-NEXT: ],
// CHECK-COUNT-4: "prctl"
// CHECK-NOT:  "prctl"
// CHECK:      "sysprune":

// RUN: grep -A3 '"index": 0' %t/policy.json | grep '"value"' | sed 's/^ *//' | sort -u | FileCheck %s --check-prefix=VALUES --implicit-check-not=value
// VALUES: "value": 1,
// VALUES: "value": 15,
// VALUES: "value": 36,
// VALUES: "value": 38,

// The provenance names each rule's sites and one call chain.
// RUN: FileCheck %s --check-prefix=WHY --input-file=%t/policy.json
// WHY:      "prctl": {
// WHY:        "arguments": [
// WHY:          "rule": [
// WHY:              "value": 1,
// WHY:          "sites": [
// WHY:              "line": 8,
// WHY:              "function": "set_option",
// WHY:          "chain": [
// WHY:              "function": "main",
// WHY-NEXT:         "file": "main.c",
// WHY-NEXT:         "line": 14,
// WHY:              "function": "set_option",
// WHY-NEXT:         "file": "main.c",
// WHY-NEXT:         "line": 8,

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c main.c", "file": "main.c"}]

//--- main.c
#include <signal.h>
#include <sys/prctl.h>

static int never_called(void) { return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); }

/* A wrapper: its option is whatever its callers pass. */
static int set_option(int option, unsigned long value) {
  return prctl(option, value, 0, 0, 0);
}

int main(void) {
  prctl(PR_SET_NAME, "x", 0, 0, 0);
  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  set_option(PR_SET_PDEATHSIG, SIGKILL);
  set_option(PR_SET_CHILD_SUBREAPER, 1);
  return 0;
}
