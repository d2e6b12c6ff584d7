/* Inspect scheduling policy and priority ranges (sched_getscheduler,
 * sched_getparam, sched_get_priority_min/max, sched_rr_get_interval) and
 * cooperate with sched_yield in a spin-wait. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <stdatomic.h>
#include <sched.h>
#include <pthread.h>
#include <time.h>

static atomic_int flag;

static void *setter(void *arg) {
  (void)arg;
  atomic_store(&flag, 1);
  return NULL;
}

static const char *policy_name(int p) {
  switch (p) {
  case SCHED_OTHER:
    return "SCHED_OTHER";
  case SCHED_FIFO:
    return "SCHED_FIFO";
  case SCHED_RR:
    return "SCHED_RR";
  case SCHED_BATCH:
    return "SCHED_BATCH";
  case SCHED_IDLE:
    return "SCHED_IDLE";
  default:
    return "?";
  }
}

int main(void) {
  int pol = sched_getscheduler(0);
  struct sched_param sp;
  if (pol < 0 || sched_getparam(0, &sp) != 0) {
    perror("sched_get*");
    return 1;
  }
  printf("policy %s, priority %d\n", policy_name(pol), sp.sched_priority);
  int policies[] = {SCHED_OTHER, SCHED_FIFO, SCHED_RR};
  for (int i = 0; i < 3; i++)
    printf("  %-11s priorities %d..%d\n", policy_name(policies[i]),
           sched_get_priority_min(policies[i]),
           sched_get_priority_max(policies[i]));
  struct timespec q;
  if (sched_rr_get_interval(0, &q) == 0)
    printf("round-robin quantum %ld.%09ld s\n", (long)q.tv_sec, q.tv_nsec);

  pthread_t t;
  pthread_create(&t, NULL, setter, NULL);
  long yields = 0;
  while (!atomic_load(&flag)) { /* polite spin: give the CPU away each round */
    sched_yield();
    yields++;
  }
  pthread_join(t, NULL);
  printf("flag observed after %s yields\n", yields > 0 ? "some" : "no");
  return (pol >= 0 && sched_get_priority_max(SCHED_FIFO) >= 1 &&
          sched_get_priority_max(SCHED_OTHER) == 0)
             ? 0
             : 1;
}
