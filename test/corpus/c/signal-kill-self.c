/* Send signals with kill(): to ourselves, probe a process with signal 0, and
 * terminate a child then read WTERMSIG, as process managers do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

static volatile sig_atomic_t got_usr2;
static void on_usr2(int s) {
  (void)s;
  got_usr2 = 1;
}

static int process_alive(pid_t pid) {
  if (kill(pid, 0) == 0)
    return 1;
  return errno == EPERM; /* exists but not ours */
}

int main(void) {
  struct sigaction sa = {.sa_handler = on_usr2};
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR2, &sa, NULL);
  if (kill(getpid(), SIGUSR2) != 0) {
    perror("kill self");
    return 1;
  }
  printf("self-signal handled: %d\n", (int)got_usr2);

  int ready[2];
  if (pipe(ready) != 0) {
    perror("pipe");
    return 1;
  }
  fflush(stdout);
  pid_t child = fork();
  if (child < 0) {
    perror("fork");
    return 1;
  }
  if (child == 0) {
    close(ready[0]);
    if (write(ready[1], "r", 1) != 1)
      _exit(1);
    for (;;)
      pause(); /* wait to be killed */
  }
  close(ready[1]);
  char c;
  if (read(ready[0], &c, 1) != 1) {
    perror("read");
    return 1;
  }
  int alive = process_alive(child);
  if (kill(child, SIGTERM) != 0) {
    perror("kill child");
    return 1;
  }
  int st;
  waitpid(child, &st, 0);
  int gone = !process_alive(child) && errno == ESRCH;
  printf("child alive before=%d, ended by signal %d (%s), gone after reap=%d\n",
         alive, WIFSIGNALED(st) ? WTERMSIG(st) : 0,
         WIFSIGNALED(st) ? strsignal(WTERMSIG(st)) : "-", gone);
  return (got_usr2 && alive && WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM &&
          gone)
             ? 0
             : 1;
}
