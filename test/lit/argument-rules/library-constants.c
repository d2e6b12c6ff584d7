// A constant a library model gives an argument (stdio's terminal check,
// ioctl(fd, TCGETS)) holds however the function is reached: through a
// pointer, or from another library that calls it. Only arguments a model
// passes on from its caller are lost that way. The call through the
// pointer is no warning: printf, whose address main takes, is behind it.
// RUN: rm -rf %t && split-file %s %t
// RUN: %clang -O2 -shared -fPIC -o %t/libreport.so %t/report.c
// RUN: echo '[{"directory": "%/t", "command": "clang -c main.c", "file": "main.c"}]' > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=DIAG --implicit-check-not=note: -- scan --libc debian-12 -p %t --lib %t/libreport.so -o %t/p.json
// DIAG: p.json: {{[0-9]+}} syscalls allowed
// RUN: FileCheck %s --input-file=%t/p.json

// TCGETS = 0x5401 = 21505, the only request.
// CHECK:      "ioctl"
// CHECK-NEXT: ],
// CHECK-NEXT: "action": "SCMP_ACT_ALLOW",
// CHECK-NEXT: "args": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "index": 1,
// CHECK-NEXT:     "value": 21505,
// CHECK-NEXT:     "valueTwo": 0,
// CHECK-NEXT:     "op": "SCMP_CMP_EQ"
// CHECK-NEXT:   }
// CHECK-NEXT: ]
// Both ways in are sites of that one rule.
// CHECK:      "ioctl": {
// CHECK:        "arguments": [
// CHECK-DAG:        "via": "report_progress"
// CHECK-DAG:        "via": "printf"

//--- report.c
#include <stdio.h>
void report_progress(int done) { printf("%d\n", done); }

//--- main.c
#include <stdio.h>
void report_progress(int done);
int main(void) {
  int (*say)(const char *, ...) = printf;
  say("start\n");
  report_progress(1);
  return 0;
}
