/* Wait for work with pthread_cond_timedwait on a CLOCK_MONOTONIC condition
 * variable, handling ETIMEDOUT and spurious wakeups with a predicate loop. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <pthread.h>
#include <time.h>

struct mailbox {
  pthread_mutex_t lock;
  pthread_cond_t cond;
  int has_msg;
  int msg;
};

static void deadline_in(struct timespec *ts, long ms) {
  clock_gettime(CLOCK_MONOTONIC, ts);
  ts->tv_sec += ms / 1000;
  ts->tv_nsec += (ms % 1000) * 1000000L;
  if (ts->tv_nsec >= 1000000000L) {
    ts->tv_sec++;
    ts->tv_nsec -= 1000000000L;
  }
}

/* returns 0 with a message, ETIMEDOUT otherwise */
static int receive(struct mailbox *mb, long timeout_ms, int *out) {
  struct timespec dl;
  deadline_in(&dl, timeout_ms);
  int err = 0;
  pthread_mutex_lock(&mb->lock);
  while (!mb->has_msg && err == 0)
    err = pthread_cond_timedwait(&mb->cond, &mb->lock, &dl);
  if (mb->has_msg) {
    *out = mb->msg;
    mb->has_msg = 0;
    err = 0;
  }
  pthread_mutex_unlock(&mb->lock);
  return err;
}

static void *sender(void *arg) {
  struct mailbox *mb = arg;
  pthread_mutex_lock(&mb->lock);
  mb->msg = 99;
  mb->has_msg = 1;
  pthread_cond_signal(&mb->cond);
  pthread_mutex_unlock(&mb->lock);
  return NULL;
}

int main(void) {
  struct mailbox mb = {.has_msg = 0};
  pthread_mutex_init(&mb.lock, NULL);
  pthread_condattr_t ca;
  pthread_condattr_init(&ca);
  pthread_condattr_setclock(&ca,
                            CLOCK_MONOTONIC); /* immune to wall-clock jumps */
  pthread_cond_init(&mb.cond, &ca);
  pthread_condattr_destroy(&ca);

  int v = -1;
  int r1 = receive(&mb, 20, &v);
  printf("empty mailbox: %s\n", r1 == ETIMEDOUT ? "timed out" : strerror(r1));

  pthread_t t;
  pthread_create(&t, NULL, sender, &mb);
  int r2 = receive(&mb, 5000, &v);
  pthread_join(t, NULL);
  printf("after sender: rc=%d msg=%d\n", r2, v);
  pthread_cond_destroy(&mb.cond);
  pthread_mutex_destroy(&mb.lock);
  return (r1 == ETIMEDOUT && r2 == 0 && v == 99) ? 0 : 1;
}
