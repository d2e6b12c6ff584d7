/* Use C11 call_once for one-time setup and tss_t thread-specific storage with a
 * destructor, plus a timed mutex, all from <threads.h>. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>
#include <time.h>

static once_flag init_flag = ONCE_FLAG_INIT;
static tss_t ctx_key;
static mtx_t stats_lock;
static int inits, destructed;

struct ctx {
  int id;
  int calls;
};

static void free_ctx(void *p) {
  mtx_lock(&stats_lock);
  destructed++;
  mtx_unlock(&stats_lock);
  free(p);
}

static void global_init(void) {
  inits++;
  tss_create(&ctx_key, free_ctx);
  mtx_init(&stats_lock, mtx_timed);
}

static struct ctx *my_ctx(int id) {
  struct ctx *c = tss_get(ctx_key);
  if (!c) {
    c = calloc(1, sizeof *c);
    c->id = id;
    tss_set(ctx_key, c);
  }
  c->calls++;
  return c;
}

static int worker(void *arg) {
  int id = (int)(long)arg;
  call_once(&init_flag, global_init);
  struct ctx *c = NULL;
  for (int i = 0; i < 3; i++)
    c = my_ctx(id);
  return (c->id == id && c->calls == 3) ? 0 : 1;
}

int main(void) {
  thrd_t t[5];
  for (long i = 0; i < 5; i++)
    thrd_create(&t[i], worker, (void *)i);
  int bad = 0;
  for (int i = 0; i < 5; i++) {
    int r;
    thrd_join(t[i], &r);
    bad += r;
  }

  struct timespec dl;
  timespec_get(&dl, TIME_UTC);
  dl.tv_sec += 1;
  int locked = mtx_timedlock(&stats_lock, &dl) == thrd_success;
  int d = destructed;
  if (locked)
    mtx_unlock(&stats_lock);
  printf("init ran %d time(s), %d bad threads, %d contexts destroyed, "
         "timedlock ok=%d\n",
         inits, bad, d, locked);
  tss_delete(ctx_key);
  mtx_destroy(&stats_lock);
  return (inits == 1 && bad == 0 && d == 5 && locked) ? 0 : 1;
}
