// A database with two programs: scanning it whole is an error that lists
// both mains; --binary (from DWARF) or --sources selects one.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --expect-exit 1 --check-prefix=BOTH -- scan -p %t -o %t/all.json
// RUN: not test -e %t/all.json
// BOTH:      sysprune scan: error: 2 definitions of 'main' in the scanned files, each another program; select one with --binary PROGRAM, --sources FILE, or by naming its source files:
// BOTH-NEXT:   {{.*}}runner.c:3
// BOTH-NEXT:   {{.*}}tool.c:4

// RUN: cd %t && %clang -g -o tool tool.c lib.c
// RUN: %check_sysprune --check-prefix=BINARY -- scan -p %t --binary %t/tool -o %t/tool.json
// BINARY: tool.json: 4 syscalls allowed ({{.*}}, 2 files{{.*}})
// RUN: FileCheck %s --check-prefix=TOOL --input-file=%t/tool.json --implicit-check-not=getppid
// TOOL: "gettid"

// RUN: printf 'runner.c\n# the test runner only\n' > %t/runner.list
// RUN: %check_sysprune --check-prefix=LIST -- scan -p %t --sources %t/runner.list -o %t/runner.json
// LIST: runner.json: 3 syscalls allowed ({{.*}}, 1 file{{.*}})
// RUN: FileCheck %s --check-prefix=RUNNER --input-file=%t/runner.json --implicit-check-not=gettid
// RUNNER: "getppid"

// RUN: %check_sysprune --expect-exit 1 --check-prefix=NOBINARY -- scan -p %t --binary %t/missing
// NOBINARY: missing: error: cannot read the program: {{.*}}No such file or directory
// RUN: cd %t && %clang -g0 -o nodebug tool.c lib.c
// RUN: %check_sysprune --expect-exit 1 --check-prefix=NODWARF -- scan -p %t --binary %t/nodebug
// NODWARF: nodebug: error: the program has no DWARF compile units; build it with -g, or list its sources with --sources FILE
// RUN: %check_sysprune --expect-exit 1 --check-prefix=TWOWAYS -- scan -p %t --binary %t/tool --sources %t/runner.list
// TWOWAYS: error: select the program's sources one way: --binary, --sources or file names

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c tool.c", "file": "tool.c"},
 {"directory": "DIR", "command": "clang -c lib.c", "file": "lib.c"},
 {"directory": "DIR", "command": "clang -c runner.c", "file": "runner.c"}]

//--- lib.c
#include <sys/syscall.h>
#include <unistd.h>
long lib(void) { return syscall(SYS_gettid); }

//--- tool.c
#include <sys/prctl.h>
long lib(void);

int main(void) {
  prctl(PR_SET_NAME, "tool", 0, 0, 0);
  return (int)lib();
}

//--- runner.c
#include <unistd.h>

int main(void) { return getppid() == 0; }
