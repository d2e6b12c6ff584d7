/* Drive a periodic tick with setitimer(ITIMER_REAL) and a SIGALRM handler,
 * query it with getitimer, and disarm it, as classic event loops and profilers
 * do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/time.h>

static volatile sig_atomic_t ticks;

static void on_tick(int sig) {
  (void)sig;
  ticks++;
}

static int arm(long usec_period) {
  struct itimerval it = {
      .it_interval = {usec_period / 1000000, usec_period % 1000000},
      .it_value = {usec_period / 1000000, usec_period % 1000000},
  };
  return setitimer(ITIMER_REAL, &it, NULL);
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_tick;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGALRM, &sa, NULL);

  sigset_t block, orig;
  sigemptyset(&block);
  sigaddset(&block, SIGALRM);
  sigprocmask(SIG_BLOCK, &block, &orig);

  if (arm(5000) != 0) {
    perror("setitimer");
    return 1;
  }
  struct itimerval cur;
  getitimer(ITIMER_REAL, &cur);
  printf("armed: interval %ld us, first expiry in <= %ld us\n",
         (long)cur.it_interval.tv_usec, (long)cur.it_value.tv_usec);

  while (ticks < 5)
    sigsuspend(&orig);

  struct itimerval off = {{0, 0}, {0, 0}}, old;
  setitimer(ITIMER_REAL, &off, &old);
  sigprocmask(SIG_SETMASK, &orig, NULL);
  getitimer(ITIMER_REAL, &cur);
  printf("got %d ticks, old interval %ld us, disarmed=%d\n", (int)ticks,
         (long)old.it_interval.tv_usec,
         cur.it_value.tv_sec == 0 && cur.it_value.tv_usec == 0);
  return (ticks >= 5 && old.it_interval.tv_usec == 5000 &&
          cur.it_value.tv_usec == 0)
             ? 0
             : 1;
}
