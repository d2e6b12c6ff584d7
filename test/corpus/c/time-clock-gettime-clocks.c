/* Read the different POSIX clocks (REALTIME, MONOTONIC, BOOTTIME,
 * PROCESS/THREAD_CPUTIME, COARSE) with clock_gettime and clock_getres. */
#define _GNU_SOURCE
#include <stdio.h>
#include <time.h>

struct clock_desc {
  clockid_t id;
  const char *name;
};

static const struct clock_desc clocks[] = {
    {CLOCK_REALTIME, "REALTIME"},
    {CLOCK_MONOTONIC, "MONOTONIC"},
    {CLOCK_MONOTONIC_RAW, "MONOTONIC_RAW"},
    {CLOCK_MONOTONIC_COARSE, "MONOTONIC_COARSE"},
    {CLOCK_BOOTTIME, "BOOTTIME"},
    {CLOCK_PROCESS_CPUTIME_ID, "PROCESS_CPUTIME"},
    {CLOCK_THREAD_CPUTIME_ID, "THREAD_CPUTIME"},
};

static double to_sec(struct timespec ts) {
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(void) {
  int failures = 0;
  for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
    struct timespec now, res;
    if (clock_gettime(clocks[i].id, &now) != 0 ||
        clock_getres(clocks[i].id, &res) != 0) {
      perror(clocks[i].name);
      failures++;
      continue;
    }
    printf("%-17s %20.6f  res %ld ns\n", clocks[i].name, to_sec(now),
           res.tv_nsec);
  }
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  volatile double x = 0;
  for (int i = 0; i < 200000; i++)
    x += i * 0.5;
  clock_gettime(CLOCK_MONOTONIC, &b);
  int monotonic = to_sec(b) >= to_sec(a);

  clockid_t cpu;
  struct timespec pc;
  int cpuclock =
      clock_getcpuclockid(0, &cpu) == 0 && clock_gettime(cpu, &pc) == 0;
  printf("monotonic ok=%d, own cpu clock %.6f s\n", monotonic,
         cpuclock ? to_sec(pc) : -1.0);
  return (failures == 0 && monotonic && cpuclock) ? 0 : 1;
}
