/* Wait for a signal without a race by blocking it, checking a flag, and calling
 * sigsuspend with the unblocked mask, the textbook pattern. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

static volatile sig_atomic_t child_ready;

static void on_usr1(int sig) {
  (void)sig;
  child_ready++;
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR1, &sa, NULL);

  sigset_t block, waitmask;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR1);
  sigprocmask(SIG_BLOCK, &block,
              &waitmask); /* waitmask = old mask, without SIGUSR1 */
  sigdelset(&waitmask, SIGUSR1);

  fflush(stdout);
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    /* child: pretend to initialise, then notify twice */
    kill(parent, SIGUSR1);
    kill(parent, SIGUSR1);
    _exit(0);
  }
  int wakeups = 0;
  while (child_ready == 0) { /* flag checked with the signal blocked */
    sigsuspend(&waitmask);   /* atomically unblock + sleep */
    wakeups++;
  }
  int st;
  waitpid(pid, &st, 0);
  printf("child signalled readiness (count=%d) after %d sigsuspend wakeup(s)\n",
         (int)child_ready, wakeups);
  sigprocmask(SIG_UNBLOCK, &block, NULL);
  return (child_ready >= 1 && wakeups >= 1 && WIFEXITED(st)) ? 0 : 1;
}
