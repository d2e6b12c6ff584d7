/* Hammer malloc/free from many threads with varied sizes, including blocks
 * freed by a different thread than allocated them, as producer/consumer servers
 * do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <pthread.h>

#define THREADS 6
#define ROUNDS 20000

struct handoff {
  pthread_mutex_t lock;
  void *slots[256];
  int count;
  long freed_foreign;
};
static struct handoff box = {.lock = PTHREAD_MUTEX_INITIALIZER};

static void *worker(void *arg) {
  unsigned seed = (unsigned)(uintptr_t)arg * 2654435761u;
  long local_bytes = 0;
  void *keep[32] = {0};
  for (int i = 0; i < ROUNDS; i++) {
    seed = seed * 1664525u + 1013904223u;
    size_t sz = 16u << (seed >> 28); /* 16 bytes .. 512 KiB */
    char *p = malloc(sz);
    if (!p)
      return (void *)1;
    p[0] = (char)i;
    p[sz - 1] = (char)i;
    local_bytes += (long)sz;
    int k = (int)((seed >> 8) & 31);
    free(keep[k]);
    keep[k] = p;
    if ((i & 63) == 0) { /* pass one block to whoever comes next */
      pthread_mutex_lock(&box.lock);
      if (box.count > 0) {
        free(box.slots[--box.count]);
        box.freed_foreign++;
      }
      if (box.count < 256) {
        box.slots[box.count++] = keep[k];
        keep[k] = NULL;
      }
      pthread_mutex_unlock(&box.lock);
    }
  }
  for (int k = 0; k < 32; k++)
    free(keep[k]);
  return local_bytes > 0 ? NULL : (void *)1;
}

int main(void) {
  pthread_t t[THREADS];
  for (uintptr_t i = 0; i < THREADS; i++)
    if (pthread_create(&t[i], NULL, worker, (void *)(i + 1)) != 0) {
      perror("pthread_create");
      return 1;
    }
  int bad = 0;
  for (int i = 0; i < THREADS; i++) {
    void *r;
    pthread_join(t[i], &r);
    bad += r != NULL;
  }
  int leftover = box.count;
  for (int i = 0; i < box.count; i++)
    free(box.slots[i]);
  printf("%d threads x %d allocations, %ld blocks freed by another thread, %d "
         "left in handoff box, failures %d\n",
         THREADS, ROUNDS, box.freed_foreign, leftover, bad);
  return (bad == 0 && box.freed_foreign > 0) ? 0 : 1;
}
