// Models of libraries are kept in the scan's cache, under the library's
// contents: an unchanged library is analysed once, a changed one again, and
// a damaged entry is analysed again rather than trusted.
// RUN: rm -rf %t && split-file %s %t
// RUN: %clang -O2 -shared -fPIC -o %t/libdemo.so %t/lib.c
// RUN: echo '[{"directory": "%/t", "command": "clang -c main.c", "file": "main.c"}]' > %t/compile_commands.json
// RUN: %check_sysprune -- scan --libc debian-12 -p %t --lib %t/libdemo.so -o %t/first.json
// RUN: ls %t/.sysprune-cache/models | count 1
// RUN: %check_sysprune -- scan --libc debian-12 -p %t --lib %t/libdemo.so -o %t/second.json
// RUN: diff %t/first.json %t/second.json
// RUN: FileCheck %s --input-file=%t/second.json
// CHECK: "getppid",
// A damaged entry is a miss.
// RUN: for f in %t/.sysprune-cache/models/*.model.json; do echo garbage > $f; done
// RUN: %check_sysprune -- scan --libc debian-12 -p %t --lib %t/libdemo.so -o %t/third.json
// RUN: diff %t/first.json %t/third.json
// A changed library gets a model of its own.
// RUN: %clang -O2 -shared -fPIC -DCHANGED -o %t/libdemo.so %t/lib.c
// RUN: %check_sysprune -- scan --libc debian-12 -p %t --lib %t/libdemo.so -o %t/changed.json
// RUN: ls %t/.sysprune-cache/models | count 2
// RUN: FileCheck %s --check-prefix=CHANGED --input-file=%t/changed.json
// CHANGED: "gettid",
// --no-cache keeps nothing.
// RUN: rm -rf %t/.sysprune-cache
// RUN: %check_sysprune -- scan --libc debian-12 -p %t --lib %t/libdemo.so --no-cache -o %t/none.json
// RUN: not test -e %t/.sysprune-cache

//--- lib.c
#include <sys/syscall.h>
#include <unistd.h>
#ifdef CHANGED
long demo(void) { return syscall(SYS_gettid); }
#else
long demo(void) { return syscall(SYS_getppid); }
#endif

//--- main.c
long demo(void);
int main(void) { return (int)demo(); }
