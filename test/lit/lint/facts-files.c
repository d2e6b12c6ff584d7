// The lint findings and evidence travel in facts files: scan-tu each file on
// its own, and check the facts files together; the thread created in b.c
// still makes the sigprocmask in a.c a finding, the signal blocked in b.c
// is still blocked for the signalfd in a.c.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- scan-tu -p %t %t/a.c -o %t/a.facts.json
// RUN: %check_sysprune -- scan-tu -p %t %t/b.c -o %t/b.facts.json
// RUN: %check_sysprune -- check %t/a.facts.json %t/b.facts.json | FileCheck %s --implicit-check-not="{{warning|error}}:"
// CHECK: a.c:6:3: warning: sigprocmask in a program that creates threads: {{.*}} [sigprocmask-threads]
// CHECK: b.c:8:3: note: the program creates a thread here [sigprocmask-threads]
// CHECK: a.c:7:10: warning: signalfd is given SIGUSR2, which the program never blocks: {{.*}} [signalfd-unblocked]
// RUN: %check_sysprune -- check %t/a.facts.json | FileCheck %s --check-prefix=ALONE --implicit-check-not="{{warning|error}}:"
// ALONE: a.c:7:10: warning: signalfd is given SIGUSR1 and SIGUSR2, which the program blocks nowhere: {{.*}} [signalfd-unblocked]

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c a.c", "file": "a.c"},
 {"directory": "DIR", "command": "clang -c b.c", "file": "b.c"}]

//--- a.c
#include <signal.h>
#include <sys/signalfd.h>

int listen_for_signals(sigset_t *old) {
  sigset_t mask;
  sigprocmask(SIG_SETMASK, 0, old);
  return signalfd(-1, &mask, SFD_CLOEXEC) + sigemptyset(&mask) + sigaddset(&mask, SIGUSR1) + sigaddset(&mask, SIGUSR2);
}

//--- b.c
#include <pthread.h>
#include <signal.h>

static void *work(void *arg) { return arg; }
int main(void) {
  pthread_t thread;
  sigset_t set;
  pthread_create(&thread, 0, work, 0);
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  pthread_sigmask(SIG_BLOCK, &set, 0);
  return pthread_join(thread, 0);
}
