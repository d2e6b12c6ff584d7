// syscall() with a constant number in every spelling: SYS_x, __NR_x, a
// literal, a constexpr variable, an enumerator and a macro chain. A
// non-constant number is a warning, and the call is not allowed.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=DIAG -- scan -p %t -o %t/policy.json
// RUN: FileCheck %s --input-file=%t/policy.json
// RUN: %check_sysprune --expect-exit 1 --check-prefix=STRICT -- scan -p %t --strict -o %t/strict.json
// RUN: not test -e %t/strict.json

// DIAG:      main.cpp:21:11: warning: syscall number is not a constant expression; the policy cannot allow this call (it will be blocked when it runs) [sysprune-nonconstant-syscall]
// DIAG-NEXT:   syscall(argc);
// DIAG-NEXT:           ^
// DIAG:      sysprune scan: {{.*}}: 8 syscalls allowed ({{.*}}), 1 warning

// STRICT: main.cpp:21:11: error: syscall number is not a constant
// STRICT: sysprune scan: no policy was written

// CHECK:      "names": [
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "getpid",
// CHECK-NEXT:   "getppid",
// CHECK-NEXT:   "gettid",
// CHECK-NEXT:   "getuid",
// CHECK-NEXT:   "pidfd_open",
// CHECK-NEXT:   "restart_syscall",
// CHECK-NEXT:   "sched_yield"
// CHECK-NEXT: ],
// CHECK:      "gettid": {
// CHECK-NEXT:   "sites": [
// CHECK-NEXT:     {
// CHECK-NEXT:       "file": "main.cpp",
// CHECK-NEXT:       "line": 14,
// CHECK-NEXT:       "column": 3,
// CHECK-NEXT:       "function": "main",
// CHECK-NEXT:       "via": "syscall"

//--- cdb.json.template
[{"directory": "DIR", "command": "clang++ -std=c++17 -c DIR/main.cpp", "file": "DIR/main.cpp"}]

//--- main.cpp
#include <sys/syscall.h>
#include <unistd.h>

constexpr long kYield = SYS_sched_yield;
enum Calls : long { PidfdOpen = __NR_pidfd_open };
#define MY_GETUID SYS_getuid
#define WHO_AM_I MY_GETUID

namespace ns {
long syscall(long n) { return n; } // a look-alike, not libc's
}

int main(int argc, char **) {
  syscall(SYS_gettid);
  syscall(__NR_getppid);
  syscall(39); // getpid on x86_64
  syscall(kYield);
  syscall(PidfdOpen, 1, 0);
  syscall(WHO_AM_I);
  ns::syscall(SYS_reboot);
  syscall(argc);
  return 0;
}
