/* Sleep for a relative interval with nanosleep, resuming with the remaining
 * time after EINTR, as retry/backoff loops do. */
#include <stdio.h>
#include <errno.h>
#include <time.h>

static int sleep_ms(long ms) {
  struct timespec req = {ms / 1000, (ms % 1000) * 1000000L}, rem;
  while (nanosleep(&req, &rem) != 0) {
    if (errno != EINTR)
      return -1;
    req = rem; /* interrupted: sleep the rest */
  }
  return 0;
}

static long elapsed_ms(const struct timespec *a, const struct timespec *b) {
  return (b->tv_sec - a->tv_sec) * 1000 + (b->tv_nsec - a->tv_nsec) / 1000000;
}

static int flaky_operation(int attempt) { return attempt >= 3 ? 0 : -1; }

int main(void) {
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  long backoff = 5;
  int attempt = 0;
  while (flaky_operation(++attempt) != 0) {
    printf("attempt %d failed, backing off %ld ms\n", attempt, backoff);
    if (sleep_ms(backoff) != 0) {
      perror("nanosleep");
      return 1;
    }
    backoff *= 2;
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  long ms = elapsed_ms(&t0, &t1);
  printf("succeeded on attempt %d after %ld ms\n", attempt, ms);

  struct timespec bad = {0, 2000000000L};
  int einval = nanosleep(&bad, NULL) != 0 && errno == EINVAL;
  return (attempt == 3 && ms >= 15 && einval) ? 0 : 1;
}
