// scan-tu --depfile names the facts file and every file the scan read (the
// source and its headers, also those included by other headers), so a build
// system re-runs the step when any of them changes; an unwritable depfile is
// one error.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- scan-tu -p %t %t/main.c -o %t/main.facts.json --depfile %t/main.facts.json.d
// RUN: FileCheck %s --input-file=%t/main.facts.json.d -DDIR=%/t
// CHECK: [[DIR]]/main.facts.json: \
// CHECK-DAG: [[DIR]]/main.c
// CHECK-DAG: [[DIR]]/inc/outer.h
// CHECK-DAG: [[DIR]]/inc/inner.h
// CHECK-DAG: /unistd.h

// The other source's depfile names its own files only.
// RUN: %check_sysprune -- scan-tu -p %t %t/other.c -o %t/other.facts.json --depfile %t/other.d
// RUN: FileCheck %s --input-file=%t/other.d -DDIR=%/t --check-prefix=OTHER
// OTHER: [[DIR]]/other.facts.json: \
// OTHER-NEXT: [[DIR]]/other.c
// OTHER-NOT: outer.h

// RUN: %check_sysprune --expect-exit 1 --check-prefix=UNWRITABLE \
// RUN:   -- scan-tu -p %t %t/main.c -o %t/main2.facts.json --depfile %t/missing/dir/main.d
// UNWRITABLE: error: cannot write the depfile: {{.*}}

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -Iinc -c main.c", "file": "main.c"},
 {"directory": "DIR", "command": "clang -c other.c", "file": "other.c"}]

//--- main.c
#include "outer.h"
int main(void) { return outer(); }

//--- inc/outer.h
#include "inner.h"
#include <unistd.h>
static inline int outer(void) { return inner() + (int)getpid(); }

//--- inc/inner.h
static inline int inner(void) { return 0; }

//--- other.c
int other(void) { return 1; }
