// One call with an option that is not a constant makes prctl unrestricted,
// and the scan says which call did it (a note, not a warning).
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=DIAG --implicit-check-not=note: -- scan --libc debian-12 -p %t -o %t/policy.json
// RUN: FileCheck %s --input-file=%t/policy.json

// DIAG:      main.c:14:10: note: kill is allowed with any arguments: argument 1 is not a constant at main.c:14:10 [sysprune-argument-rules]
// DIAG-NEXT:   return kill(pid, sig);
// DIAG-NEXT:          ^
// DIAG:      main.c:9:3: note: prctl is allowed with any arguments: argument 0 is not a constant at main.c:9:3 [sysprune-argument-rules]
// DIAG-NEXT:   prctl(option, 0, 0, 0, 0);
// DIAG-NEXT:   ^

// CHECK:      "names": [
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "getppid",
// CHECK-NEXT:   "kill",
// CHECK-NEXT:   "prctl",
// CHECK-NEXT:   "restart_syscall"
// CHECK-NEXT: ],
// CHECK-NOT:  "args"
// CHECK:      "unrestricted": "argument 0 is not a constant at main.c:9:3"

// A parameter that the function changes before the call is not forwarded.
// RUN: FileCheck %s --check-prefix=MODIFIED --input-file=%t/policy.json
// MODIFIED: "kill": {
// MODIFIED: "unrestricted": "argument 1 is not a constant at main.c:14:10"

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c main.c", "file": "main.c"}]

//--- main.c
#include <signal.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <unistd.h>

static void configure(const char *name) {
  prctl(PR_SET_NAME, name, 0, 0, 0);
  int option = atoi(name);
  prctl(option, 0, 0, 0, 0);
}

static int notify(int pid, int sig) {
  sig += 1;
  return kill(pid, sig);
}

int main(int argc, char **argv) {
  configure(argv[0]);
  return notify(getppid(), SIGUSR1) + argc;
}
