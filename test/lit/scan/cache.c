// Facts are cached per file: a second scan parses nothing, and changing a
// header that one file includes re-parses that file only.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=FIRST -- scan -p %t -o %t/first.json
// RUN: %check_sysprune --check-prefix=SECOND -- scan -p %t -o %t/second.json
// RUN: diff %t/first.json %t/second.json
// RUN: echo '#define SLOT SYS_getppid' > %t/slot.h
// RUN: %check_sysprune --check-prefix=THIRD -- scan -p %t -o %t/third.json
// RUN: FileCheck %s --check-prefix=POLICY --input-file=%t/third.json
// RUN: %check_sysprune --check-prefix=FIRST -- scan -p %t --cache-dir %t/elsewhere -o %t/fourth.json
// RUN: test -d %t/elsewhere
// RUN: %check_sysprune --check-prefix=FIRST -- scan -p %t --no-cache -o %t/fifth.json

// FIRST: 4 syscalls allowed (2 sites, 2 reachable functions, 2 files)
// SECOND: 4 syscalls allowed (2 sites, 2 reachable functions, 2 files, 2 from cache)
// THIRD: 4 syscalls allowed (2 sites, 2 reachable functions, 2 files, 1 from cache)
// POLICY: "getppid",

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c main.c", "file": "main.c"},
 {"directory": "DIR", "command": "clang -c lib.c", "file": "lib.c"}]

//--- slot.h
#define SLOT SYS_getpid

//--- main.c
#include <sys/syscall.h>
#include <unistd.h>
#include "slot.h"
void lib(void);
int main(void) {
  syscall(SLOT);
  lib();
  return 0;
}

//--- lib.c
#include <sys/syscall.h>
#include <unistd.h>
void lib(void) { syscall(SYS_gettid); }
