/* Protect very short critical sections (a histogram update) with
 * pthread_spin_lock, and use pthread_spin_trylock, as low-latency code does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <pthread.h>

#define BUCKETS 10
struct histogram {
  pthread_spinlock_t lock;
  long counts[BUCKETS];
  long total;
};
static struct histogram h;

static void record(int value) {
  pthread_spin_lock(&h.lock);
  h.counts[value % BUCKETS]++;
  h.total++;
  pthread_spin_unlock(&h.lock);
}

static void *sampler(void *arg) {
  unsigned seed = (unsigned)(long)arg;
  for (int i = 0; i < 50000; i++) {
    seed = seed * 1103515245u + 12345u;
    record((int)((seed >> 16) & 0x7fff));
  }
  return NULL;
}

int main(void) {
  if (pthread_spin_init(&h.lock, PTHREAD_PROCESS_PRIVATE) != 0) {
    perror("spin_init");
    return 1;
  }
  pthread_t t[4];
  for (long i = 0; i < 4; i++)
    pthread_create(&t[i], NULL, sampler, (void *)(i + 1));
  for (int i = 0; i < 4; i++)
    pthread_join(t[i], NULL);

  pthread_spin_lock(&h.lock);
  int busy = pthread_spin_trylock(&h.lock);
  pthread_spin_unlock(&h.lock);
  long sum = 0;
  for (int i = 0; i < BUCKETS; i++)
    sum += h.counts[i];
  printf("total %ld, bucket sum %ld, bucket0 %ld, trylock on held lock: %s\n",
         h.total, sum, h.counts[0], strerror(busy));
  pthread_spin_destroy(&h.lock);
  return (h.total == 200000 && sum == h.total && busy == EBUSY) ? 0 : 1;
}
