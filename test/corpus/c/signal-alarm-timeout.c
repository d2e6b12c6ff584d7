/* Bound a blocking operation with SIGALRM: alarm() as a watchdog cancelled with
 * alarm(0), and a sigsetjmp/siglongjmp timeout around a read that never
 * completes. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <signal.h>
#include <unistd.h>

static sigjmp_buf timeout_env;
static volatile sig_atomic_t alarms;

static void on_alarm(int sig) {
  (void)sig;
  alarms++;
  siglongjmp(timeout_env, 1);
}

/* returns bytes read, or -2 on timeout */
static ssize_t read_with_timeout(int fd, char *buf, size_t len,
                                 useconds_t usec) {
  if (sigsetjmp(timeout_env, 1) != 0)
    return -2;
  ualarm(usec, 0);
  ssize_t n = read(fd, buf, len);
  ualarm(0, 0);
  return n;
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGALRM, &sa, NULL);

  int p[2];
  if (pipe(p) != 0) {
    perror("pipe");
    return 1;
  }

  /* watchdog that is cancelled because the work finishes in time */
  unsigned prev = alarm(5);
  if (write(p[1], "ok", 2) != 2) {
    perror("write");
    return 1;
  }
  char buf[8] = "";
  ssize_t n = read(p[0], buf, sizeof buf - 1);
  unsigned left = alarm(0);
  printf("watchdog: previous=%u, remaining when cancelled=%u, read %zd bytes\n",
         prev, left, n);

  /* nothing will ever be written now: the read must be abandoned */
  ssize_t r = read_with_timeout(p[0], buf, sizeof buf, 20000);
  printf("second read: %s, alarms delivered=%d\n",
         r == -2 ? "timed out" : "returned", (int)alarms);
  close(p[0]);
  close(p[1]);
  return (prev == 0 && left >= 4 && n == 2 && r == -2 && alarms == 1) ? 0 : 1;
}
