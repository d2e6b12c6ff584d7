/* Run a fixed-rate loop with clock_nanosleep TIMER_ABSTIME on CLOCK_MONOTONIC
 * so periods do not drift, as control loops and tickers do. */
#include <stdio.h>
#include <errno.h>
#include <string.h>
#include <time.h>

#define NSEC 1000000000L

static void timespec_add_ns(struct timespec *t, long ns) {
  t->tv_nsec += ns;
  while (t->tv_nsec >= NSEC) {
    t->tv_nsec -= NSEC;
    t->tv_sec++;
  }
}

static void tick(int n, void *ctx) { (*(int *)ctx) += n; }

int main(void) {
  const long period = 10 * 1000000L; /* 10 ms */
  struct timespec next, start, now;
  clock_gettime(CLOCK_MONOTONIC, &start);
  next = start;
  int sum = 0;
  for (int i = 1; i <= 5; i++) {
    timespec_add_ns(&next, period);
    int err;
    while ((err = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next,
                                  NULL)) != 0) {
      if (err != EINTR) {
        fprintf(stderr, "clock_nanosleep: %s\n", strerror(err));
        return 1;
      }
    }
    tick(i, &sum);
  }
  clock_gettime(CLOCK_MONOTONIC, &now);
  long elapsed_ms = (now.tv_sec - start.tv_sec) * 1000 +
                    (now.tv_nsec - start.tv_nsec) / 1000000;
  int reached = now.tv_sec > next.tv_sec ||
                (now.tv_sec == next.tv_sec && now.tv_nsec >= next.tv_nsec);
  printf("5 ticks, sum=%d, elapsed %ld ms, deadline reached=%d\n", sum,
         elapsed_ms, reached);

  struct timespec rel = {0, 1000000};
  int rc = clock_nanosleep(CLOCK_REALTIME, 0, &rel, NULL); /* relative form */
  return (sum == 15 && elapsed_ms >= 50 && reached && rc == 0) ? 0 : 1;
}
