// Direct calls to libc syscall wrappers, mapped to the real syscalls by the
// libc model (signalfd is signalfd4, eventfd is eventfd2).
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=SUMMARY -- scan --libc debian-12 -p %t -o %t/policy.json
// RUN: FileCheck %s --input-file=%t/policy.json

// SUMMARY: sysprune scan: {{.*}}policy.json: 9 syscalls allowed (7 sites, 1 reachable function, 1 file)

// CHECK:      "defaultAction": "SCMP_ACT_KILL_PROCESS",
// CHECK:      "architectures": [
// CHECK-NEXT:   "SCMP_ARCH_X86_64"
// CHECK:      "names": [
// CHECK-NEXT:   "epoll_create1",
// CHECK-NEXT:   "eventfd2",
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "inotify_init1",
// CHECK-NEXT:   "restart_syscall",
// CHECK-NEXT:   "rt_sigprocmask",
// CHECK-NEXT:   "signalfd4"
// CHECK-NEXT: ],
// CHECK-NEXT: "action": "SCMP_ACT_ALLOW"
// epoll_ctl and prctl select operations by argument: only those used pass.
// CHECK:      "names": [
// CHECK-NEXT:   "epoll_ctl"
// CHECK-NEXT: ],
// CHECK-NEXT: "action": "SCMP_ACT_ALLOW",
// CHECK-NEXT: "args": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "index": 1,
// CHECK-NEXT:     "value": 1,
// CHECK-NEXT:     "valueTwo": 0,
// CHECK-NEXT:     "op": "SCMP_CMP_EQ"
// CHECK:      "names": [
// CHECK-NEXT:   "prctl"
// CHECK-NEXT: ],
// CHECK-NEXT: "action": "SCMP_ACT_ALLOW",
// CHECK-NEXT: "args": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "index": 0,
// CHECK-NEXT:     "value": 15,
// CHECK:      "signalfd4": {
// CHECK-NEXT:   "sites": [
// CHECK-NEXT:     {
// CHECK-NEXT:       "file": "main.c",
// CHECK-NEXT:       "line": 17,
// CHECK-NEXT:       "column": 3,
// CHECK-NEXT:       "function": "main",
// CHECK-NEXT:       "via": "signalfd"

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c DIR/main.c -o DIR/main.o", "file": "DIR/main.c"}]

//--- main.c
#include <signal.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>

int main(void) {
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGUSR1);
  sigprocmask(SIG_BLOCK, &mask, 0);
  int ep = epoll_create1(EPOLL_CLOEXEC);
  struct epoll_event ev = {0};
  epoll_ctl(ep, EPOLL_CTL_ADD, eventfd(0, EFD_CLOEXEC), &ev);
  inotify_init1(IN_CLOEXEC);
  signalfd(-1, &mask, SFD_CLOEXEC);
  return prctl(PR_SET_NAME, "x", 0, 0, 0);
}
