// Thread entry points and signal handlers run although nothing in the
// program calls them: their syscalls count once their address is passed to
// pthread_create, signal or sigaction from reachable code.
// RUN: rm -rf %t && split-file %s %t
// RUN: echo '[{"directory": "%/t", "command": "clang -c main.c", "file": "main.c"}]' > %t/compile_commands.json
// RUN: %check_sysprune -- scan -p %t -o %t/p.json
// RUN: FileCheck %s --input-file=%t/p.json --implicit-check-not='"ptrace"'
// CHECK:      "names": [
// CHECK-DAG:    "getppid",
// CHECK-DAG:    "gettid",
// CHECK-DAG:    "sched_yield",
// CHECK-DAG:    "getpid",
// CHECK-DAG:    "clone3",
// CHECK-DAG:    "rt_sigaction",
// CHECK:      "getppid": {
// CHECK:            "function": "worker",
// CHECK:      "gettid": {
// CHECK:            "function": "on_term",
// CHECK:      "sched_yield": {
// CHECK:            "function": "on_usr1",

//--- main.c
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

static void *worker(void *arg) { syscall(SYS_getppid); return arg; }
static void on_term(int sig) { syscall(SYS_gettid); (void)sig; }
static void on_usr1(int sig) { syscall(SYS_sched_yield); (void)sig; }
/* Never registered anywhere: not reachable. */
static void on_nothing(int sig) { syscall(SYS_ptrace, 0, 0, 0, 0); (void)sig; }

int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  signal(SIGTERM, on_term);
  struct sigaction sa = {0};
  sa.sa_handler = on_usr1;
  sigaction(SIGUSR1, &sa, 0);
  pthread_join(t, 0);
  return getpid() == 0;
}
