/* Use C11 <threads.h>: thrd_create/thrd_join with return codes, an
 * mtx_t-protected counter, and cnd_t signalling a "ready" state. */
#include <stdio.h>
#include <stdlib.h>
#include <threads.h>

struct shared {
  mtx_t lock;
  cnd_t ready_cv;
  int ready;
  long counter;
};

static int worker(void *arg) {
  struct shared *s = arg;
  mtx_lock(&s->lock);
  while (!s->ready)
    cnd_wait(&s->ready_cv, &s->lock);
  mtx_unlock(&s->lock);
  for (int i = 0; i < 10000; i++) {
    mtx_lock(&s->lock);
    s->counter++;
    mtx_unlock(&s->lock);
  }
  return 7; /* thread result code */
}

int main(void) {
  struct shared s = {.ready = 0, .counter = 0};
  if (mtx_init(&s.lock, mtx_plain) != thrd_success ||
      cnd_init(&s.ready_cv) != thrd_success) {
    fprintf(stderr, "init failed\n");
    return 1;
  }
  thrd_t t[4];
  for (int i = 0; i < 4; i++)
    if (thrd_create(&t[i], worker, &s) != thrd_success) {
      fprintf(stderr, "thrd_create failed\n");
      return 1;
    }

  mtx_lock(&s.lock);
  s.ready = 1;
  cnd_broadcast(&s.ready_cv);
  mtx_unlock(&s.lock);

  int codes = 0;
  for (int i = 0; i < 4; i++) {
    int res;
    thrd_join(t[i], &res);
    codes += res;
  }
  struct timespec ts = {0, 1000000};
  thrd_sleep(&ts, NULL);
  thrd_yield();
  printf("counter %ld, sum of return codes %d, self==self: %d\n", s.counter,
         codes, thrd_equal(thrd_current(), thrd_current()) != 0);
  cnd_destroy(&s.ready_cv);
  mtx_destroy(&s.lock);
  return (s.counter == 40000 && codes == 28) ? 0 : 1;
}
