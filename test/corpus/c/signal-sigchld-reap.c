/* Reap exiting children from a SIGCHLD handler that loops waitpid(WNOHANG) and
 * preserves errno, as pre-forking servers do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

#define NCHILD 4
static volatile sig_atomic_t reaped, status_sum;

static void on_sigchld(int sig) {
  (void)sig;
  int saved = errno; /* waitpid may clobber errno seen by interrupted code */
  int st;
  pid_t p;
  while ((p = waitpid(-1, &st, WNOHANG)) > 0) {
    reaped++;
    if (WIFEXITED(st))
      status_sum += WEXITSTATUS(st);
  }
  errno = saved;
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigchld;
  sa.sa_flags = SA_RESTART | SA_NOCLDSTOP;
  sigemptyset(&sa.sa_mask);
  if (sigaction(SIGCHLD, &sa, NULL) != 0) {
    perror("sigaction");
    return 1;
  }

  sigset_t chld, orig;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld,
              &orig); /* avoid missing a wakeup between check and sleep */

  fflush(stdout);
  for (int i = 1; i <= NCHILD; i++) {
    pid_t pid = fork();
    if (pid < 0) {
      perror("fork");
      return 1;
    }
    if (pid == 0)
      _exit(i);
  }
  while (reaped < NCHILD)
    sigsuspend(&orig);
  sigprocmask(SIG_SETMASK, &orig, NULL);

  int leftover = waitpid(-1, NULL, WNOHANG);
  printf("reaped %d children, exit status sum %d, further waitpid: %d (%s)\n",
         (int)reaped, (int)status_sum, leftover,
         leftover < 0 ? strerror(errno) : "-");
  return (reaped == NCHILD && status_sum == 10 && leftover < 0 &&
          errno == ECHILD)
             ? 0
             : 1;
}
