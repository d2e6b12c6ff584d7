/* Measure coarse elapsed wall time with time() and difftime, and compute
 * deadlines in seconds, as simple timeout logic does. */
#include <stdio.h>
#include <time.h>

struct deadline {
  time_t start;
  double limit;
};

static void deadline_start(struct deadline *d, double seconds) {
  d->start = time(NULL);
  d->limit = seconds;
}

static int deadline_expired(const struct deadline *d) {
  return difftime(time(NULL), d->start) >= d->limit;
}

int main(void) {
  time_t t1;
  time_t t2 = time(&t1); /* both the return value and the out-parameter */
  if (t2 == (time_t)-1) {
    perror("time");
    return 1;
  }

  struct deadline d;
  deadline_start(&d, 3600);
  unsigned long work = 0;
  for (int i = 0; i < 100000 && !deadline_expired(&d); i++)
    work += (unsigned long)i;

  time_t later = t1 + 90;
  double diff = difftime(later, t1);
  double back = difftime(t1, later);
  printf("now=%lld work=%lu diff=%.0f back=%.0f expired=%d\n", (long long)t1,
         work, diff, back, deadline_expired(&d));
  return (t1 == t2 && t1 > 1500000000 && diff == 90.0 && back == -90.0 &&
          !deadline_expired(&d))
             ? 0
             : 1;
}
