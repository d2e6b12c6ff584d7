// --depfile names every file the scan read, so that a build system rescans
// when a header changes; it needs -o.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- scan -p %t -o %t/policy.json --depfile %t/policy.json.d
// RUN: FileCheck %s --input-file=%t/policy.json.d
// RUN: %check_sysprune --expect-exit 1 --check-prefix=NEEDS-O -- scan -p %t --depfile %t/other.d
// RUN: not test -e %t/other.d

// CHECK: {{.*}}policy.json: \
// CHECK-DAG: {{.*}}/local.h \
// CHECK-DAG: {{.*}}/main.c
// CHECK-DAG: /usr/include/unistd.h

// NEEDS-O: sysprune scan: error: --depfile needs -o: a depfile names the file it is for

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c DIR/main.c", "file": "DIR/main.c"}]

//--- local.h
#include <unistd.h>

//--- main.c
#include "local.h"
int main(void) { return getpid() == 0; }
