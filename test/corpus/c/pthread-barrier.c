/* Run a multi-phase parallel computation where threads meet at a pthread
 * barrier between phases, using the serial-thread return value for per-phase
 * bookkeeping. */
#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>

#define T 4
#define N 64
#define PHASES 5

static double grid[2][N];
static pthread_barrier_t barrier;
static int serial_count;

static void *smooth(void *arg) {
  int id = (int)(long)arg;
  int lo = id * N / T, hi = (id + 1) * N / T;
  for (int p = 0; p < PHASES; p++) {
    const double *src = grid[p % 2];
    double *dst = grid[(p + 1) % 2];
    for (int i = lo; i < hi; i++) {
      double l = src[i > 0 ? i - 1 : i], r = src[i < N - 1 ? i + 1 : i];
      dst[i] = (l + src[i] + r) / 3.0;
    }
    int rc = pthread_barrier_wait(&barrier); /* everyone finished this phase */
    if (rc == PTHREAD_BARRIER_SERIAL_THREAD)
      serial_count++; /* exactly one thread per phase */
    else if (rc != 0)
      return (void *)1;
  }
  return NULL;
}

int main(void) {
  for (int i = 0; i < N; i++)
    grid[0][i] = (i == N / 2) ? 300.0 : 0.0;
  if (pthread_barrier_init(&barrier, NULL, T) != 0) {
    perror("barrier_init");
    return 1;
  }
  pthread_t t[T];
  for (long i = 0; i < T; i++)
    pthread_create(&t[i], NULL, smooth, (void *)i);
  int errs = 0;
  for (int i = 0; i < T; i++) {
    void *r;
    pthread_join(t[i], &r);
    errs += r != NULL;
  }
  pthread_barrier_destroy(&barrier);

  double total = 0;
  for (int i = 0; i < N; i++)
    total += grid[PHASES % 2][i];
  printf("after %d phases: centre %.3f, total %.3f, serial threads %d\n",
         PHASES, grid[PHASES % 2][N / 2], total, serial_count);
  return (errs == 0 && serial_count == PHASES && total > 299.999 &&
          total < 300.001)
             ? 0
             : 1;
}
