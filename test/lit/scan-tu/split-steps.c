// scan-tu + link, as a build system runs them, give the same policy as scan;
// and a parallel scan gives the same policy as a serial one.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- scan-tu -p %t %t/main.c -o %t/main.facts.json
// RUN: %check_sysprune -- scan-tu -p %t %t/lib.c -o %t/lib.facts.json
// RUN: %check_sysprune --check-prefix=LINK -- link %t/main.facts.json %t/lib.facts.json -o %t/linked.json
// RUN: %check_sysprune -- scan -p %t --no-cache -j 1 -o %t/serial.json
// RUN: %check_sysprune -- scan -p %t --no-cache -j 2 -o %t/parallel.json
// RUN: diff %t/linked.json %t/serial.json
// RUN: diff %t/serial.json %t/parallel.json
// RUN: FileCheck %s --input-file=%t/linked.json

// LINK: sysprune link: {{.*}}linked.json: 4 syscalls allowed (2 sites, 2 reachable functions, 2 facts files)

// CHECK:      "names": [
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "getppid",
// CHECK-NEXT:   "gettid",
// CHECK-NEXT:   "restart_syscall"
// CHECK-NEXT: ],

// Bad facts files get one error each.
// RUN: echo '{"functions": 3}' > %t/bad.facts.json
// RUN: %check_sysprune --expect-exit 1 --check-prefix=BAD -- link %t/bad.facts.json
// BAD: bad.facts.json: error: not a sysprune facts file: {{.*}}
// RUN: %check_sysprune --expect-exit 1 --check-prefix=MISSING -- link %t/missing.facts.json
// MISSING: missing.facts.json: error: cannot read the facts file: No such file or directory
// RUN: %check_sysprune --expect-exit 1 --check-prefix=NOTINDB -- scan-tu -p %t %t/other.c -o %t/other.facts.json
// NOTINDB: error: no compile command for '{{.*}}other.c'

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c main.c", "file": "main.c"},
 {"directory": "DIR", "command": "clang -c lib.c", "file": "lib.c"}]

//--- main.c
#include <sys/syscall.h>
#include <unistd.h>
void lib(void);
int main(void) {
  syscall(SYS_gettid);
  lib();
  return 0;
}

//--- lib.c
#include <sys/syscall.h>
#include <unistd.h>
void lib(void) { syscall(SYS_getppid); }
