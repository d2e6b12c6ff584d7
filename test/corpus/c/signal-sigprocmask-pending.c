/* Protect a critical section by blocking signals with sigprocmask, observe them
 * with sigpending, and let them run when the old mask is restored. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>

static volatile sig_atomic_t handled;
static int shared_list[8];
static int shared_len;

static void on_signal(int sig) {
  (void)sig;
  handled =
      shared_len; /* sees a consistent length because it ran after the update */
}

static void update_list(void) {
  for (int i = 0; i < 8; i++) {
    shared_list[i] = i * i;
    if (i == 3)
      kill(getpid(), SIGUSR1); /* arrives mid-update but is held back */
    shared_len = i + 1;
  }
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigaction(SIGUSR1, &sa, NULL);

  sigset_t block, old, pending;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR1);
  sigaddset(&block, SIGINT);
  if (sigprocmask(SIG_BLOCK, &block, &old) != 0) {
    perror("sigprocmask");
    return 1;
  }
  update_list();
  sigpending(&pending);
  int was_pending = sigismember(&pending, SIGUSR1);
  int ran_early = handled != 0;
  if (sigprocmask(SIG_SETMASK, &old, NULL) != 0) {
    perror("sigprocmask restore");
    return 1;
  }

  sigset_t now;
  sigprocmask(SIG_SETMASK, NULL, &now);
  printf("pending while blocked=%d, ran early=%d, handler saw length %d, "
         "SIGINT blocked now=%d\n",
         was_pending, ran_early, (int)handled, sigismember(&now, SIGINT));
  return (was_pending == 1 && !ran_early && handled == 8 &&
          !sigismember(&now, SIGINT))
             ? 0
             : 1;
}
