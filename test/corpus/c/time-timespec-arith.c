/* Helpers for timespec addition, subtraction, comparison and conversion to ms,
 * the small library every event loop carries around. */
#include <stdio.h>
#include <stdint.h>
#include <time.h>

#define NS_PER_SEC 1000000000L

static struct timespec ts_add(struct timespec a, struct timespec b) {
  struct timespec r = {a.tv_sec + b.tv_sec, a.tv_nsec + b.tv_nsec};
  if (r.tv_nsec >= NS_PER_SEC) {
    r.tv_sec++;
    r.tv_nsec -= NS_PER_SEC;
  }
  return r;
}

static struct timespec ts_sub(struct timespec a, struct timespec b) {
  struct timespec r = {a.tv_sec - b.tv_sec, a.tv_nsec - b.tv_nsec};
  if (r.tv_nsec < 0) {
    r.tv_sec--;
    r.tv_nsec += NS_PER_SEC;
  }
  return r;
}

static int ts_cmp(struct timespec a, struct timespec b) {
  if (a.tv_sec != b.tv_sec)
    return a.tv_sec < b.tv_sec ? -1 : 1;
  return (a.tv_nsec > b.tv_nsec) - (a.tv_nsec < b.tv_nsec);
}

static int64_t ts_to_ms(struct timespec t) {
  return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}
static struct timespec ms_to_ts(int64_t ms) {
  return (struct timespec){ms / 1000, (ms % 1000) * 1000000L};
}

int main(void) {
  struct timespec a = {5, 700000000}, b = {2, 900000000};
  struct timespec s = ts_add(a, b), d = ts_sub(a, b);
  printf("a+b = %ld.%09ld, a-b = %ld.%09ld\n", (long)s.tv_sec, s.tv_nsec,
         (long)d.tv_sec, d.tv_nsec);

  struct timespec now, deadline;
  clock_gettime(CLOCK_MONOTONIC, &now);
  deadline = ts_add(now, ms_to_ts(250));
  int64_t left = ts_to_ms(ts_sub(deadline, now));
  printf("deadline in %lld ms, before deadline=%d\n", (long long)left,
         ts_cmp(now, deadline) < 0);

  int ok = s.tv_sec == 8 && s.tv_nsec == 600000000 && d.tv_sec == 2 &&
           d.tv_nsec == 800000000 && left == 250 && ts_cmp(a, b) > 0 &&
           ts_cmp(b, a) < 0 && ts_cmp(a, a) == 0;
  return ok ? 0 : 1;
}
