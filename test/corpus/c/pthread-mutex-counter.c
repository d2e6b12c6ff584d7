/* Protect shared state with a pthread mutex (static and dynamic initialisation)
 * and use pthread_mutex_trylock for opportunistic work, as caches and stats
 * counters do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <pthread.h>

#define THREADS 4
#define ITERS 100000

struct stats {
  pthread_mutex_t lock;
  long hits;
  long misses;
};
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static long skipped_logs;

static void *worker(void *arg) {
  struct stats *s = arg;
  for (int i = 0; i < ITERS; i++) {
    pthread_mutex_lock(&s->lock);
    if (i % 3 == 0)
      s->misses++;
    else
      s->hits++;
    pthread_mutex_unlock(&s->lock);
    if (i % 10000 == 0) {
      if (pthread_mutex_trylock(&log_lock) ==
          0) { /* don't wait for the logger */
        pthread_mutex_unlock(&log_lock);
      } else {
        __atomic_fetch_add(&skipped_logs, 1, __ATOMIC_RELAXED);
      }
    }
  }
  return NULL;
}

int main(void) {
  struct stats s = {.hits = 0, .misses = 0};
  int err = pthread_mutex_init(&s.lock, NULL);
  if (err) {
    fprintf(stderr, "mutex_init: %s\n", strerror(err));
    return 1;
  }
  pthread_t t[THREADS];
  for (int i = 0; i < THREADS; i++)
    if (pthread_create(&t[i], NULL, worker, &s) != 0) {
      perror("pthread_create");
      return 1;
    }
  for (int i = 0; i < THREADS; i++)
    pthread_join(t[i], NULL);

  pthread_mutex_lock(&log_lock);
  int busy = pthread_mutex_trylock(&log_lock); /* already held (by us) */
  pthread_mutex_unlock(&log_lock);
  pthread_mutex_destroy(&s.lock);
  long total = s.hits + s.misses;
  printf("hits=%ld misses=%ld total=%ld skipped logs=%ld trylock on held=%s\n",
         s.hits, s.misses, total, skipped_logs, busy == EBUSY ? "EBUSY" : "?");
  return (total == (long)THREADS * ITERS && s.misses == THREADS * 33334L &&
          busy == EBUSY)
             ? 0
             : 1;
}
