/* Lock-free statistics with C11 <stdatomic.h>: relaxed fetch_add counters, a
 * compare-exchange maximum, and an atomic_flag spinlock. */
#include <stdio.h>
#include <stdlib.h>
#include <stdatomic.h>
#include <pthread.h>

static atomic_long requests;
static atomic_int max_latency;
static atomic_flag print_lock = ATOMIC_FLAG_INIT;
static int printed;

static void update_max(atomic_int *m, int v) {
  int cur = atomic_load_explicit(m, memory_order_relaxed);
  while (v > cur && !atomic_compare_exchange_weak_explicit(
                        m, &cur, v, memory_order_relaxed, memory_order_relaxed))
    ; /* cur is refreshed on failure */
}

static void *handler(void *arg) {
  int id = (int)(long)arg;
  for (int i = 0; i < 50000; i++) {
    atomic_fetch_add_explicit(&requests, 1, memory_order_relaxed);
    update_max(&max_latency, (i * 7 + id * 13) % 1000 + id);
  }
  while (atomic_flag_test_and_set_explicit(&print_lock, memory_order_acquire))
    ; /* spin */
  printed++;
  atomic_flag_clear_explicit(&print_lock, memory_order_release);
  return NULL;
}

int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++)
    pthread_create(&t[i], NULL, handler, (void *)i);
  for (int i = 0; i < 4; i++)
    pthread_join(t[i], NULL);
  long n = atomic_load(&requests);
  int mx = atomic_load(&max_latency);
  printf("requests=%ld max latency=%d threads reported=%d lock-free long: %d\n",
         n, mx, printed, atomic_is_lock_free(&requests) ? 1 : 0);
  return (n == 200000 && mx == 1002 && printed == 4) ? 0 : 1;
}
