/* Guard a read-mostly routing table with a pthread rwlock: many concurrent
 * readers, an occasional writer, and tryrdlock while write-locked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <pthread.h>

#define ROUTES 16
struct table {
  pthread_rwlock_t lock;
  int next_hop[ROUTES];
  int version;
};
static struct table tbl;

static int lookup(int dst) {
  pthread_rwlock_rdlock(&tbl.lock);
  int hop = tbl.next_hop[dst % ROUTES];
  pthread_rwlock_unlock(&tbl.lock);
  return hop;
}

static void update(int delta) {
  pthread_rwlock_wrlock(&tbl.lock);
  for (int i = 0; i < ROUTES; i++)
    tbl.next_hop[i] += delta; /* whole table changes atomically */
  tbl.version++;
  pthread_rwlock_unlock(&tbl.lock);
}

static void *reader(void *arg) {
  long *inconsistent = arg;
  for (int i = 0; i < 20000; i++) {
    pthread_rwlock_rdlock(&tbl.lock);
    int first = tbl.next_hop[0], last = tbl.next_hop[ROUTES - 1];
    pthread_rwlock_unlock(&tbl.lock);
    if (last - first != ROUTES - 1)
      (*inconsistent)++;
    (void)lookup(i);
  }
  return NULL;
}

static void *writer(void *arg) {
  (void)arg;
  for (int i = 0; i < 200; i++)
    update(1);
  return NULL;
}

int main(void) {
  pthread_rwlockattr_t a;
  pthread_rwlockattr_init(&a);
  pthread_rwlockattr_setkind_np(&a,
                                PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
  pthread_rwlock_init(&tbl.lock, &a);
  pthread_rwlockattr_destroy(&a);
  for (int i = 0; i < ROUTES; i++)
    tbl.next_hop[i] = i;

  pthread_t r[4], w;
  long bad[4] = {0};
  for (int i = 0; i < 4; i++)
    pthread_create(&r[i], NULL, reader, &bad[i]);
  pthread_create(&w, NULL, writer, NULL);
  for (int i = 0; i < 4; i++)
    pthread_join(r[i], NULL);
  pthread_join(w, NULL);

  pthread_rwlock_wrlock(&tbl.lock);
  int busy = pthread_rwlock_tryrdlock(&tbl.lock);
  pthread_rwlock_unlock(&tbl.lock);
  long inconsistent = bad[0] + bad[1] + bad[2] + bad[3];
  printf("version %d, hop[0]=%d, inconsistent reads %ld, tryrdlock while "
         "writing: %s\n",
         tbl.version, tbl.next_hop[0], inconsistent, strerror(busy));
  pthread_rwlock_destroy(&tbl.lock);
  return (tbl.version == 200 && tbl.next_hop[0] == 200 && inconsistent == 0 &&
          (busy == EBUSY || busy == EDEADLK))
             ? 0
             : 1;
}
