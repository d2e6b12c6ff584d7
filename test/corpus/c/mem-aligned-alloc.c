/* Allocate cache-line-aligned per-thread counters with C11 aligned_alloc (size
 * a multiple of the alignment) to avoid false sharing. */
#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <stdint.h>
#include <stdalign.h>
#include <pthread.h>

#define CACHELINE 64
struct padded_counter {
  alignas(CACHELINE) unsigned long value;
};

static void *count(void *arg) {
  struct padded_counter *c = arg;
  for (int i = 0; i < 1000000; i++)
    c->value++;
  return NULL;
}

int main(void) {
  enum { T = 4 };
  _Static_assert(sizeof(struct padded_counter) == CACHELINE,
                 "one counter per cache line");
  struct padded_counter *counters =
      aligned_alloc(CACHELINE, T * sizeof *counters);
  if (!counters) {
    perror("aligned_alloc");
    return 1;
  }
  for (int i = 0; i < T; i++)
    counters[i].value = 0;

  pthread_t th[T];
  for (int i = 0; i < T; i++)
    pthread_create(&th[i], NULL, count, &counters[i]);
  for (int i = 0; i < T; i++)
    pthread_join(th[i], NULL);
  unsigned long total = 0;
  for (int i = 0; i < T; i++)
    total += counters[i].value;

  double *vec =
      aligned_alloc(32, 256 * sizeof(double)); /* e.g. for AVX loads */
  int vec_ok = vec && ((uintptr_t)vec % 32) == 0;
  printf("counters at %p (aligned=%d), total %lu, 32-byte vector aligned=%d, "
         "alignof(max_align_t)=%zu\n",
         (void *)counters, ((uintptr_t)counters % CACHELINE) == 0, total,
         vec_ok, alignof(max_align_t));
  free(vec);
  free(counters);
  return (total == 4000000UL && vec_ok) ? 0 : 1;
}
