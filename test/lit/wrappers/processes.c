// execveat, pidfd_send_signal and sendfile; the exec warning is expected.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %S/Inputs/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=DIAG -- scan -p %t -o %t/p.json
// DIAG: warning: the program runs other programs here (through 'execveat')
// RUN: FileCheck %s --input-file=%t/p.json
// CHECK:      "names": [
// CHECK-NEXT:   "execveat",
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "getppid",
// CHECK-NEXT:   "pidfd_open",
// CHECK-NEXT:   "pidfd_send_signal",
// CHECK-NEXT:   "restart_syscall",
// CHECK-NEXT:   "sendfile"
// CHECK-NEXT: ],

//--- main.c
#include <fcntl.h>
#include <signal.h>
#include <sys/pidfd.h>
#include <sys/sendfile.h>
#include <unistd.h>
int main(int argc, char **argv, char **envp) {
  int pidfd = pidfd_open(getppid() * 0 + 1, 0);
  pidfd_send_signal(pidfd, 0, 0, 0);
  sendfile(1, 0, 0, 4096);
  return execveat(AT_FDCWD, "/bin/true", argv, envp, 0) + argc;
}
