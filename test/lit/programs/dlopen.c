// dlopen is modelled (finding, mapping and protecting the library), but
// not what the loaded library's code does: the scan warns at the first
// call, unless libraries are modelled from their machine code, which the
// policy then assumes are what it loads.
// RUN: rm -rf %t && split-file %s %t
// RUN: %clang -O2 -shared -fPIC -o %t/libplugin.so %t/plugin.c
// RUN: echo '[{"directory": "%/t", "command": "clang -c main.c", "file": "main.c"}]' > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=WARN -- scan -p %t -o %t/p.json
// WARN: main.c:4:18: warning: 'dlopen' loads a library at run time: what its code (and its constructors) does is not in the policy; model the libraries it loads with --lib [sysprune-dlopen]
// RUN: FileCheck %s --input-file=%t/p.json
// CHECK-DAG: "mmap",
// CHECK-DAG: "mprotect",
// CHECK-DAG: "openat",
// RUN: %check_sysprune --check-prefix=NOTE -- scan -p %t --lib %t/libplugin.so -o %t/with.json
// NOTE: main.c:4:18: note: 'dlopen' loads a library at run time; the policy assumes it is one of the libraries modelled from their machine code (libplugin.so) [sysprune-dlopen]

//--- plugin.c
#include <unistd.h>
long plugin_pid(void) { return getpid(); }

//--- main.c
#include <dlfcn.h>

int main(void) {
  void *Plugin = dlopen("./libplugin.so", RTLD_NOW);
  if (Plugin)
    dlclose(Plugin);
  return 0;
}
