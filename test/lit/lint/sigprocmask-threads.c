// sigprocmask-threads: sigprocmask is a finding when the program creates a
// thread, even in another file; the fix-it renames it where its result is
// not read. Without threads anywhere there is no finding.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- check -p %t --checks=-*,sigprocmask-threads | FileCheck %s --implicit-check-not="{{warning|error}}:"
// RUN: %check_sysprune -- check -p %t --checks=-*,sigprocmask-threads --fix > /dev/null
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t/a.c
// CHECK: a.c:7:3: warning: sigprocmask in a program that creates threads: its effect there is unspecified; use pthread_sigmask, which changes the calling thread's mask [sigprocmask-threads]
// CHECK: b.c:9:3: note: the program creates a thread here [sigprocmask-threads]
// CHECK: a.c:7:3: note: sigprocmask(2): the use of sigprocmask() is unspecified in a multithreaded process; see pthread_sigmask(3) [sigprocmask-threads]
// CHECK: a.c:7:3: note: fix-it: replace up to column 14 with 'pthread_sigmask'
// CHECK: a.c:8:9: warning: sigprocmask in a program that creates threads
// CHECK: a.c:8:9: note: fix-it: replace up to column 20 with 'pthread_sigmask'
// CHECK: a.c:9:7: warning: sigprocmask in a program that creates threads
// CHECK: a.c:9:7: note: pthread_sigmask returns the error number instead of setting errno and returning -1: change the error check along with the name [sigprocmask-threads]
// CHECK-NOT: fix-it
// FIXED:      pthread_sigmask(SIG_BLOCK, &set, 0);
// FIXED-NEXT: (void)pthread_sigmask(SIG_UNBLOCK, &set, 0);
// FIXED-NEXT: if (sigprocmask(SIG_SETMASK, &set, 0) == -1)

// Only a.c: no thread, no finding.
// RUN: sed -e "s|DIR|%/t|g" %t/single.json.template > %t/single/compile_commands.json
// RUN: cp %t/a.c %t/single/a.c
// RUN: %check_sysprune --check-prefix=NOTHREADS -- check -p %t/single --checks=-*,sigprocmask-threads
// NOTHREADS: 0 errors, 0 warnings

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c a.c", "file": "a.c"},
 {"directory": "DIR", "command": "clang -c b.c", "file": "b.c"}]

//--- single.json.template
[{"directory": "DIR/single", "command": "clang -c a.c", "file": "a.c"}]

//--- single/.keep

//--- a.c
#include <signal.h>

int mask_signals(void) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigprocmask(SIG_BLOCK, &set, 0);
  (void)sigprocmask(SIG_UNBLOCK, &set, 0);
  if (sigprocmask(SIG_SETMASK, &set, 0) == -1)
    return -1;
  return 0;
}

//--- b.c
#include <pthread.h>

int mask_signals(void);
static void *work(void *arg) { return arg; }

int main(void) {
  pthread_t thread;
  mask_signals();
  pthread_create(&thread, 0, work, 0);
  return pthread_join(thread, 0);
}
