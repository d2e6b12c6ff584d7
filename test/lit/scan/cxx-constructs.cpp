// C++: static initialisers are entry points, constructors and methods are
// followed, lambdas count for the function that defines them, and member or
// namespaced look-alikes of libc functions are not libc.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=SUMMARY -- scan -p %t -o %t/policy.json
// RUN: FileCheck %s --input-file=%t/policy.json --implicit-check-not=epoll_create1 --implicit-check-not='"reboot"'

// SUMMARY: 6 syscalls allowed

// CHECK:      "names": [
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "getppid",
// CHECK-NEXT:   "gettid",
// CHECK-NEXT:   "inotify_init1",
// CHECK-NEXT:   "restart_syscall"
// CHECK-NEXT: ],
// CHECK:      "names": [
// CHECK-NEXT:   "prctl"
// CHECK-NEXT: ],
// CHECK:      "getppid": {
// CHECK:            "function": "Registry::Registry",
// CHECK:      "gettid": {
// CHECK:            "function": "main",
// CHECK:      "inotify_init1": {
// CHECK:            "function": "Watcher::open",
// CHECK:      "prctl": {
// CHECK:            "function": "<static initialisers of main.cpp>",

//--- cdb.json.template
[{"directory": "DIR", "command": "clang++ -std=c++17 -c DIR/main.cpp", "file": "DIR/main.cpp"}]

//--- main.cpp
#include <sys/inotify.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

struct Registry {
  Registry() { syscall(SYS_getppid); }
};
static Registry TheRegistry;
static int Named = prctl(PR_SET_NAME, "x", 0, 0, 0);

struct Watcher {
  int open() { return inotify_init1(IN_CLOEXEC); }
  int epoll_create1(int) { return 0; } // a member look-alike
};

namespace fake {
int epoll_create1(int) { return 0; }
} // namespace fake

struct Unused {
  void reboot() { syscall(SYS_reboot, 0, 0, 0, 0); }
};

int main() {
  Watcher W;
  W.open();
  W.epoll_create1(0);
  fake::epoll_create1(0);
  auto Tid = [] { return syscall(SYS_gettid); };
  return static_cast<int>(Tid());
}
