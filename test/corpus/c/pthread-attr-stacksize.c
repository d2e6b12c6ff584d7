/* Create threads with a custom stack size and guard size via pthread_attr_t,
 * then read the attributes back with pthread_getattr_np. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <pthread.h>

struct report {
  size_t stacksize, guardsize;
  int detach;
  int deep_ok;
};

static int use_stack(int depth) {
  volatile char buf[1024];
  memset((char *)buf, depth & 0xff, sizeof buf);
  return depth == 0 ? buf[10] : use_stack(depth - 1) + buf[10] - buf[11];
}

static void *inspect(void *arg) {
  struct report *r = arg;
  pthread_attr_t a;
  if (pthread_getattr_np(pthread_self(), &a) != 0)
    return NULL;
  void *addr;
  pthread_attr_getstack(&a, &addr, &r->stacksize);
  pthread_attr_getguardsize(&a, &r->guardsize);
  pthread_attr_getdetachstate(&a, &r->detach);
  pthread_attr_destroy(&a);
  r->deep_ok =
      use_stack(400) == 0; /* ~400 KiB of frames: needs the big stack */
  return NULL;
}

int main(void) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  size_t want = 2 * 1024 * 1024;
  int err = pthread_attr_setstacksize(&attr, want);
  if (err) {
    fprintf(stderr, "setstacksize: %s\n", strerror(err));
    return 1;
  }
  pthread_attr_setguardsize(&attr, 64 * 1024);
  int too_small = pthread_attr_setstacksize(&attr, PTHREAD_STACK_MIN - 1);

  struct report r = {0, 0, -1, 0};
  pthread_t t;
  err = pthread_create(&t, &attr, inspect, &r);
  pthread_attr_destroy(&attr);
  if (err) {
    fprintf(stderr, "pthread_create: %s\n", strerror(err));
    return 1;
  }
  pthread_join(t, NULL);
  size_t def = 0;
  pthread_attr_t d;
  pthread_attr_init(&d);
  pthread_attr_getstacksize(&d, &def);
  pthread_attr_destroy(&d);
  printf("thread stack %zu KiB (asked %zu), guard %zu KiB, joinable=%d, deep "
         "recursion ok=%d; default %zu KiB; too-small rejected=%d\n",
         r.stacksize / 1024, want / 1024, r.guardsize / 1024,
         r.detach == PTHREAD_CREATE_JOINABLE, r.deep_ok, def / 1024,
         too_small != 0);
  return (r.stacksize >= want && r.guardsize >= 64 * 1024 && r.deep_ok &&
          too_small)
             ? 0
             : 1;
}
