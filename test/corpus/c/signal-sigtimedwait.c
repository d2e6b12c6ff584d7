/* Wait for a signal with a timeout using sigtimedwait, treating EAGAIN as
 * "nothing happened", as watchdog loops do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>

static int wait_for(const sigset_t *set, long ms, siginfo_t *si) {
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  for (;;) {
    int s = sigtimedwait(set, si, &ts);
    if (s >= 0)
      return s;
    if (errno == EAGAIN)
      return 0; /* timed out */
    if (errno != EINTR)
      return -1;
  }
}

int main(void) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGCHLD);
  sigprocmask(SIG_BLOCK, &set, NULL);

  siginfo_t si;
  int r = wait_for(&set, 20, &si);
  printf("no child yet: %s\n", r == 0 ? "timed out" : "unexpected");
  if (r != 0)
    return 1;

  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0)
    _exit(7);

  int got = wait_for(&set, 5000, &si);
  if (got != SIGCHLD) {
    fprintf(stderr, "expected SIGCHLD, got %d\n", got);
    return 1;
  }
  printf("SIGCHLD from pid %d (ours=%d), status %d, code %s\n", (int)si.si_pid,
         si.si_pid == pid, si.si_status,
         si.si_code == CLD_EXITED ? "CLD_EXITED" : "other");
  int st;
  waitpid(pid, &st, 0);
  return (si.si_pid == pid && si.si_status == 7 && WEXITSTATUS(st) == 7) ? 0
                                                                         : 1;
}
