/* Report resource usage (CPU times, max RSS, page faults, context switches) for
 * self, children and thread with getrusage. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>

static void print_usage(const char *who, const struct rusage *ru) {
  printf("%-8s user %ld.%06lds sys %ld.%06lds maxrss %ld KiB minflt %ld nvcsw "
         "%ld\n",
         who, (long)ru->ru_utime.tv_sec, (long)ru->ru_utime.tv_usec,
         (long)ru->ru_stime.tv_sec, (long)ru->ru_stime.tv_usec, ru->ru_maxrss,
         ru->ru_minflt, ru->ru_nvcsw);
}

static void touch_pages(char *p, size_t len, char v) {
  volatile char *vp = p; /* volatile so the stores are not optimised away */
  for (size_t i = 0; i < len; i += 4096)
    vp[i] = v;
}

int main(void) {
  size_t sz = 16 * 1024 * 1024;
  char *mem = malloc(sz);
  if (!mem) {
    perror("malloc");
    return 1;
  }
  touch_pages(mem, sz, 1); /* fault pages in so maxrss grows */

  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    touch_pages(mem, sz, 2);
    _exit(0);
  }
  int st;
  struct rusage child_ru;
  if (wait4(pid, &st, 0, &child_ru) != pid) {
    perror("wait4");
    return 1;
  }

  struct rusage self, children, thread;
  if (getrusage(RUSAGE_SELF, &self) || getrusage(RUSAGE_CHILDREN, &children) ||
      getrusage(RUSAGE_THREAD, &thread)) {
    perror("getrusage");
    return 1;
  }
  print_usage("self", &self);
  print_usage("children", &children);
  print_usage("thread", &thread);
  print_usage("wait4", &child_ru);
  free(mem);
  return (self.ru_maxrss >= 16 * 1024 && self.ru_minflt > 0 &&
          children.ru_minflt > 0)
             ? 0
             : 1;
}
