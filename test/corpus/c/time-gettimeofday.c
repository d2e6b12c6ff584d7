/* Timestamp log lines with microsecond precision from gettimeofday and measure
 * an interval with timersub, the legacy BSD idiom. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <time.h>
#include <sys/time.h>

static void stamp(char *buf, size_t len, const struct timeval *tv) {
  struct tm tm;
  char base[32];
  localtime_r(&tv->tv_sec, &tm);
  strftime(base, sizeof base, "%H:%M:%S", &tm);
  snprintf(buf, len, "%s.%06ld", base, (long)tv->tv_usec);
}

int main(void) {
  struct timeval start, end, elapsed;
  if (gettimeofday(&start, NULL) != 0) {
    perror("gettimeofday");
    return 1;
  }
  char s[48];
  stamp(s, sizeof s, &start);
  printf("[%s] starting work\n", s);

  volatile unsigned long acc = 0;
  for (unsigned long i = 0; i < 500000; i++)
    acc += i ^ (i >> 3);

  gettimeofday(&end, NULL);
  timersub(&end, &start, &elapsed);
  stamp(s, sizeof s, &end);
  printf("[%s] done in %ld.%06ld s\n", s, (long)elapsed.tv_sec,
         (long)elapsed.tv_usec);

  struct timeval a = {1, 900000}, b = {0, 200000}, sum;
  timeradd(&a, &b, &sum);
  int ok = sum.tv_sec == 2 && sum.tv_usec == 100000 &&
           timercmp(&end, &start, >=) && elapsed.tv_sec < 5;
  return ok ? 0 : 1;
}
