/* Query the allowed CPU set with sched_getaffinity, pin a worker thread to one
 * CPU with pthread_setaffinity_np, and confirm with sched_getcpu, as
 * latency-sensitive services do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sched.h>
#include <pthread.h>

static int first_cpu(const cpu_set_t *set) {
  for (int i = 0; i < CPU_SETSIZE; i++)
    if (CPU_ISSET(i, set))
      return i;
  return -1;
}

static void *pinned(void *arg) {
  int target = *(int *)arg;
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(target, &one);
  int err = pthread_setaffinity_np(pthread_self(), sizeof one, &one);
  if (err) {
    fprintf(stderr, "pthread_setaffinity_np: %s\n", strerror(err));
    return (void *)1;
  }
  cpu_set_t check;
  pthread_getaffinity_np(pthread_self(), sizeof check, &check);
  int where = sched_getcpu();
  printf("worker pinned to CPU %d, running on %d, mask count %d\n", target,
         where, CPU_COUNT(&check));
  return (void *)(long)(where == target && CPU_COUNT(&check) == 1 ? 0 : 1);
}

int main(void) {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) != 0) {
    perror("sched_getaffinity");
    return 1;
  }
  int n = CPU_COUNT(&set);
  int target = first_cpu(&set);
  printf("process may run on %d CPU(s), first is %d\n", n, target);

  pthread_t t;
  pthread_create(&t, NULL, pinned, &target);
  void *res;
  pthread_join(t, &res);

  cpu_set_t after;
  sched_getaffinity(0, sizeof after, &after); /* main thread unaffected */
  size_t sz = CPU_ALLOC_SIZE(256);
  cpu_set_t *dyn = CPU_ALLOC(256);
  CPU_ZERO_S(sz, dyn);
  int dyn_ok = sched_getaffinity(0, sz, dyn) == 0 && CPU_COUNT_S(sz, dyn) == n;
  CPU_FREE(dyn);
  return (n >= 1 && res == NULL && CPU_EQUAL(&set, &after) && dyn_ok) ? 0 : 1;
}
