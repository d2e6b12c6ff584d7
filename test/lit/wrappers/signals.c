// signalfd (signalfd4), a read on it, sigprocmask and pthread_sigmask
// (rt_sigprocmask); gettid through libc and through syscall().
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %S/Inputs/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- scan --libc debian-12 -p %t -o %t/p.json
// RUN: FileCheck %s --input-file=%t/p.json
// CHECK:      "names": [
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "gettid",
// CHECK-NEXT:   "read",
// CHECK-NEXT:   "restart_syscall",
// CHECK-NEXT:   "rt_sigprocmask",
// CHECK-NEXT:   "signalfd4"
// CHECK-NEXT: ],
// RUN: FileCheck %s --check-prefix=SITES --input-file=%t/p.json
// SITES:      "gettid": {
// SITES:            "via": "gettid"
// SITES:            "via": "syscall"

//--- main.c
#include <pthread.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGTERM);
  sigprocmask(SIG_BLOCK, &mask, 0);
  pthread_sigmask(SIG_BLOCK, &mask, 0);
  int fd = signalfd(-1, &mask, SFD_CLOEXEC);
  struct signalfd_siginfo info;
  read(fd, &info, sizeof(info));
  return (int)(gettid() + syscall(SYS_gettid));
}
