// A constructor the library exports (libcap's _libcap_initialize) is named
// in DT_INIT_ARRAY by an absolute relocation against its symbol, not by a
// relative one, and the slot is zero on disk: it is still what the loader
// runs at load (@init), and a program that loads the library needs what it
// does. Before, such a constructor was dropped: jq, whose getpwuid loads
// systemd's NSS module and with it libcap, was killed at libcap's prctl.
// RUN: rm -rf %t && split-file %s %t
// RUN: %clang -O2 -shared -fPIC -o %t/libexported.so %t/exported.c
// RUN: llvm-readelf -r %t/libexported.so | FileCheck %s --check-prefix=RELOC
// RELOC: R_X86_64_64 {{.*}} demo_initialize + 0
// RUN: %check_sysprune -- model %t/libexported.so -o %t/model.json
// RUN: FileCheck %s --input-file=%t/model.json
// CHECK:      "@init": {
// CHECK-NEXT:  "syscalls": [],
// CHECK-NEXT:  "calls": [
// CHECK-NEXT:   "prctl"
// CHECK-NEXT:  ]
// RUN: echo '[{"directory": "%/t", "command": "clang -c main.c", "file": "main.c"}]' > %t/compile_commands.json
// RUN: cd %t && %clang -g -o prog main.c -L. -lexported -Wl,-rpath,'$ORIGIN'
// RUN: %check_sysprune -- scan -p %t --binary %t/prog -o %t/p.json
// RUN: %check_sysprune -- explain prctl --policy %t/p.json | FileCheck %s --check-prefix=EXPLAIN
// EXPLAIN: note: prctl is needed by the baseline 'constructors of libexported.so'

//--- exported.c
#include <sys/prctl.h>
#include <unistd.h>

__attribute__((constructor)) void demo_initialize(void) {
  prctl(PR_CAPBSET_READ, 0);
}
int demo_uid(void) { return getuid(); }

//--- main.c
int demo_uid(void);
int main(void) { return demo_uid() == 0; }
