// A single-header library (Catch, doctest, stb) compiles its implementation
// into the translation unit that asks for it, here `main`, the runner and a
// static registrar, and often marks itself a system header to silence
// warnings. What it compiles here is the program's code: `main` is found,
// and the syscalls of the runner (getppid) and of the registrar's
// constructor (getpid, at start-up) are in the policy. Its inline code stays
// the library's: `unused_inline` (gettid) is never called and adds nothing.
// RUN: rm -rf %t && split-file %s %t
// RUN: echo '[{"directory": "%/t", "command": "clang++ -std=c++17 -c main.cpp", "file": "main.cpp"}]' > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=DIAG -- scan -p %t -o %t/p.json
// DIAG: sysprune scan: {{.*}}.json: 4 syscalls allowed
// RUN: FileCheck %s --input-file=%t/p.json
// CHECK:      "names": [
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "getpid",
// CHECK-NEXT:   "getppid",
// CHECK-NEXT:   "restart_syscall"
// CHECK-NEXT: ],

// The same header found through -isystem, without the pragma.
// RUN: mkdir -p %t/sys && sed '/pragma/d' %t/testlib.hpp > %t/sys/testlib.hpp && rm %t/testlib.hpp
// RUN: echo '[{"directory": "%/t", "command": "clang++ -std=c++17 -isystem sys -c main.cpp", "file": "main.cpp"}]' > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=DIAG -- scan -p %t -o %t/isystem.json
// RUN: FileCheck %s --input-file=%t/isystem.json

//--- testlib.hpp
#pragma clang system_header
#include <unistd.h>
#include <sys/syscall.h>

namespace testlib {
struct Registrar {
  Registrar() { syscall(SYS_getpid); }
};
inline long unused_inline() { return syscall(SYS_gettid); }
#ifdef TESTLIB_MAIN
int run(int argc) { return syscall(SYS_getppid) > 0 ? 0 : argc; }
static Registrar registrar;
#endif
} // namespace testlib

#ifdef TESTLIB_MAIN
extern "C" int main(int argc, char **) { return testlib::run(argc); }
#endif

//--- main.cpp
#define TESTLIB_MAIN
#include "testlib.hpp"
