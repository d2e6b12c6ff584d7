// A virtual call may run any override; a call through a function pointer
// may run any function of that type whose address is taken; one that no
// scanned function can be behind is a warning.
// RUN: rm -rf %t && split-file %s %t
// RUN: echo '[{"directory": "%/t", "command": "clang++ -std=c++17 -c main.cpp", "file": "main.cpp"}]' > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=DIAG -- scan -p %t -o %t/p.json
// DIAG:      main.cpp:27:13: warning: call through a pointer of type 'long (long)' that no scanned function of that type can be behind; syscalls made by its target are not in the policy [sysprune-unresolved-indirect-call]
// DIAG:      main.cpp:21:21: warning: no library model describes 'from_elsewhere()'; the policy assumes it makes no syscalls [sysprune-unmodelled]
// RUN: FileCheck %s --input-file=%t/p.json --implicit-check-not='"ptrace"'
// CHECK:      "names": [
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "getppid",
// CHECK-NEXT:   "gettid",
// CHECK-NEXT:   "restart_syscall",
// CHECK-NEXT:   "sched_yield"
// CHECK-NEXT: ],

//--- main.cpp
#include <sys/syscall.h>
#include <unistd.h>

struct Task {
  virtual ~Task() = default;
  virtual long run() = 0;
};
struct Tid : Task { long run() override { return syscall(SYS_gettid); } };
struct Parent : Task { long run() override { return syscall(SYS_getppid); } };
struct Unused { long run() { return syscall(SYS_ptrace, 0, 0, 0, 0); } };

static long yield_once() { return syscall(SYS_sched_yield); }
long (*from_elsewhere(void))(long);

long dispatch(Task &T) { return T.run(); }

int main() {
  Tid A;
  Parent B;
  long (*f)() = yield_once;
  long (*g)(long) = from_elsewhere();
  dispatch(A);
  dispatch(B);
  f();
  return g
      ? static_cast<int>(
            g(1))
      : 0;
}
