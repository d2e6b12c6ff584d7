/* Install handlers with signal(): count SIGUSR1 deliveries, ignore SIGPIPE so
 * writes return EPIPE, then restore SIG_DFL, as simple servers do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <signal.h>
#include <unistd.h>

static volatile sig_atomic_t usr1_count;

static void on_usr1(int sig) {
  (void)sig;
  usr1_count++;
}

static int write_to_closed_pipe(void) {
  int p[2];
  if (pipe(p) != 0)
    return -1;
  close(p[0]); /* no reader left */
  ssize_t n = write(p[1], "x", 1);
  int err = errno;
  close(p[1]);
  return n < 0 ? err : 0;
}

int main(void) {
  if (signal(SIGUSR1, on_usr1) == SIG_ERR) {
    perror("signal");
    return 1;
  }
  for (int i = 0; i < 3; i++)
    raise(SIGUSR1);

  sighandler_t old = signal(SIGPIPE, SIG_IGN);
  int err = write_to_closed_pipe();
  printf("SIGUSR1 handled %d times; write to closed pipe: %s\n",
         (int)usr1_count, strerror(err));
  signal(SIGPIPE, old);

  sighandler_t prev = signal(SIGUSR1, SIG_DFL);
  int restored = prev == on_usr1;
  printf("previous handler was ours: %d\n", restored);
  return (usr1_count == 3 && err == EPIPE && restored) ? 0 : 1;
}
