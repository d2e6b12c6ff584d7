/* Account CPU time with clock() and times() (user/system, children) around work
 * done by the process and a forked child, as profilers do. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <sys/times.h>
#include <sys/wait.h>

static double burn(long iterations) {
  volatile double x = 1.0;
  for (long i = 0; i < iterations; i++)
    x = x * 1.0000001 + 0.0000001;
  return x;
}

int main(void) {
  long ticks = sysconf(_SC_CLK_TCK);
  struct tms before, after;
  clock_t wall0 = times(&before);
  clock_t c0 = clock();
  if (c0 == (clock_t)-1) {
    perror("clock");
    return 1;
  }

  double r = burn(3000000);
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    burn(3000000);
    _exit(0);
  }
  int status;
  waitpid(pid, &status, 0);

  clock_t c1 = clock();
  clock_t wall1 = times(&after);
  double cpu = (double)(c1 - c0) / CLOCKS_PER_SEC;
  printf("clock(): %.3f s CPU, result %.3f\n", cpu, r);
  printf(
      "times(): user %.2f sys %.2f child-user %.2f wall %.2f (CLK_TCK=%ld)\n",
      (double)(after.tms_utime - before.tms_utime) / ticks,
      (double)(after.tms_stime - before.tms_stime) / ticks,
      (double)(after.tms_cutime - before.tms_cutime) / ticks,
      (double)(wall1 - wall0) / ticks, ticks);
  return (c1 >= c0 && wall1 >= wall0 && ticks > 0 && WIFEXITED(status)) ? 0 : 1;
}
