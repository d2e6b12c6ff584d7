// A pointer to a virtual member function dispatches when it is called, so
// taking &Test::Body reaches every override. GoogleTest runs each test's
// body so (through &Test::TestBody); scripts/realworld found leveldb's
// tests killed at their first thread and file rename because the scan had
// not reached them. An override nobody's code can reach (a class never
// constructed) still counts: the pointer may be applied to any object.
// RUN: rm -rf %t && split-file %s %t
// RUN: echo '[{"directory": "%/t", "command": "clang++ -std=c++17 -c main.cpp", "file": "main.cpp"}]' > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=DIAG -- scan -p %t -o %t/p.json
// DIAG: p.json: 4 syscalls allowed
// RUN: FileCheck %s --input-file=%t/p.json
// CHECK:      "names": [
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "getppid",
// CHECK-NEXT:   "getsid",
// CHECK-NEXT:   "restart_syscall"
// CHECK-NEXT: ],
// CHECK:      "getppid": {
// CHECK:        "function": "FirstTest::Body",

//--- main.cpp
#include <sys/syscall.h>
#include <unistd.h>

struct Test {
  virtual ~Test() = default;
  virtual void Body() = 0;
};

template <class T> void runMethod(T *Object, void (T::*Method)()) {
  (Object->*Method)();
}

struct FirstTest : Test {
  void Body() override { syscall(SYS_getppid); }
};

struct SecondTest : Test {
  void Body() override { syscall(SYS_getsid, 0); }
};

int main() {
  FirstTest First;
  runMethod<Test>(&First, &Test::Body);
  return 0;
}
