/* Split a computation across threads with pthread_create, pass per-thread
 * argument structs, and collect results with pthread_join. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>

#define NTHREADS 4
#define N 1000000

struct chunk {
  const int *data;
  size_t begin, end;
  long long sum;
};

static void *sum_chunk(void *arg) {
  struct chunk *c = arg;
  long long s = 0;
  for (size_t i = c->begin; i < c->end; i++)
    s += c->data[i];
  c->sum = s;
  long long *ret =
      malloc(sizeof *ret); /* also hand back a heap result via the exit value */
  if (ret)
    *ret = s;
  return ret;
}

int main(void) {
  int *data = malloc(sizeof *data * N);
  if (!data) {
    perror("malloc");
    return 1;
  }
  for (int i = 0; i < N; i++)
    data[i] = i % 100;

  pthread_t tids[NTHREADS];
  struct chunk chunks[NTHREADS];
  for (int t = 0; t < NTHREADS; t++) {
    chunks[t] = (struct chunk){data, (size_t)t * N / NTHREADS,
                               (size_t)(t + 1) * N / NTHREADS, 0};
    int err = pthread_create(&tids[t], NULL, sum_chunk, &chunks[t]);
    if (err) {
      fprintf(stderr, "pthread_create: %s\n", strerror(err));
      return 1;
    }
  }
  long long total = 0, via_ret = 0;
  for (int t = 0; t < NTHREADS; t++) {
    void *ret;
    int err = pthread_join(tids[t], &ret);
    if (err) {
      fprintf(stderr, "pthread_join: %s\n", strerror(err));
      return 1;
    }
    total += chunks[t].sum;
    if (ret) {
      via_ret += *(long long *)ret;
      free(ret);
    }
    printf("thread %d summed [%zu, %zu) = %lld\n", t, chunks[t].begin,
           chunks[t].end, chunks[t].sum);
  }
  free(data);
  printf("total %lld (via return values %lld)\n", total, via_ret);
  return (total == 49500000LL && via_ret == total) ? 0 : 1;
}
