/* Create a POSIX per-process timer with timer_create(SIGEV_SIGNAL) carrying a
 * pointer in sigev_value, consume expirations with sigwaitinfo, then
 * timer_delete. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <time.h>

struct job {
  const char *name;
  int runs;
};

int main(void) {
  int sig = SIGRTMIN;
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  sigprocmask(SIG_BLOCK, &set, NULL);

  struct job job = {"flush-cache", 0};
  struct sigevent sev;
  memset(&sev, 0, sizeof sev);
  sev.sigev_notify = SIGEV_SIGNAL;
  sev.sigev_signo = sig;
  sev.sigev_value.sival_ptr = &job;
  timer_t tid;
  if (timer_create(CLOCK_MONOTONIC, &sev, &tid) != 0) {
    perror("timer_create");
    return 1;
  }

  struct itimerspec its = {.it_interval = {0, 4000000},
                           .it_value = {0, 4000000}};
  if (timer_settime(tid, 0, &its, NULL) != 0) {
    perror("timer_settime");
    return 1;
  }

  int overruns = 0;
  while (job.runs < 4) {
    siginfo_t si;
    if (sigwaitinfo(&set, &si) < 0) {
      perror("sigwaitinfo");
      return 1;
    }
    if (si.si_code != SI_TIMER)
      continue;
    struct job *j = si.si_value.sival_ptr;
    j->runs++;
    overruns += timer_getoverrun(tid);
    printf("timer fired for %s (run %d)\n", j->name, j->runs);
  }
  struct itimerspec left;
  timer_gettime(tid, &left);
  if (timer_delete(tid) != 0) {
    perror("timer_delete");
    return 1;
  }
  printf("done: %d runs, %d overruns, interval %ld ns\n", job.runs, overruns,
         left.it_interval.tv_nsec);
  return (job.runs == 4 && left.it_interval.tv_nsec == 4000000) ? 0 : 1;
}
