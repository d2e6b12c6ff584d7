// signalfd-unblocked: signals given to signalfd that the program never
// blocks, decided over the whole program: a signal blocked in another file
// counts, one that is only unblocked or deleted from the blocked set does not.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- check -p %t --checks=-*,signalfd-unblocked | FileCheck %s --implicit-check-not="{{warning|error}}:"
// CHECK: main.c:10:10: warning: signalfd is given SIGINT, SIGUSR1 and SIGTERM, which the program blocks nowhere: block them with sigprocmask or pthread_sigmask (SIG_BLOCK) before reading them from the descriptor [signalfd-unblocked]
// CHECK: main.c:10:10: note: signalfd(2): the signals in the set should first be blocked, to prevent their being handled according to their default dispositions [signalfd-unblocked]
// CHECK: main.c:18:10: warning: signalfd is given SIGHUP, which the program never blocks: block it with sigprocmask or pthread_sigmask (SIG_BLOCK) before reading it from the descriptor [signalfd-unblocked]

// With block.c, which blocks SIGINT, SIGTERM and SIGHUP (SIGUSR1 is added
// to its set and deleted again), only SIGUSR1 stays unblocked.
// RUN: sed -e "s|DIR|%/t|g" %t/blocked.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- check -p %t --checks=-*,signalfd-unblocked | FileCheck %s --check-prefix=BLOCKED --implicit-check-not="{{warning|error}}:"
// BLOCKED: main.c:10:10: warning: signalfd is given SIGUSR1, which the program never blocks

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c main.c", "file": "main.c"}]

//--- blocked.json.template
[{"directory": "DIR", "command": "clang -c main.c", "file": "main.c"},
 {"directory": "DIR", "command": "clang -c block.c", "file": "block.c"}]

//--- main.c
#include <signal.h>
#include <sys/signalfd.h>

int events(void) {
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGINT);
  sigaddset(&mask, SIGTERM);
  sigaddset(&mask, SIGUSR1);
  return signalfd(-1, &mask, SFD_CLOEXEC);
}

int hangups(void) {
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGHUP);
  sigprocmask(SIG_UNBLOCK, &mask, 0);
  return signalfd(-1, &mask, SFD_CLOEXEC);
}

//--- block.c
#include <pthread.h>
#include <signal.h>

void block_early(void) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  sigaddset(&set, SIGUSR1);
  sigdelset(&set, SIGUSR1);
  pthread_sigmask(SIG_BLOCK, &set, 0);
}
