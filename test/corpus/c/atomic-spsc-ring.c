/* A single-producer/single-consumer ring buffer synchronised only with
 * acquire/release atomics on head and tail indices, as audio and logging
 * pipelines use. */
#include <stdio.h>
#include <stdlib.h>
#include <stdatomic.h>
#include <pthread.h>
#include <sched.h>

#define RING 256
#define COUNT 200000

struct ring {
  _Alignas(64) atomic_size_t head; /* written by consumer */
  _Alignas(64) atomic_size_t tail; /* written by producer */
  int slots[RING];
};

static int ring_push(struct ring *r, int v) {
  size_t tail = atomic_load_explicit(&r->tail, memory_order_relaxed);
  size_t head = atomic_load_explicit(&r->head, memory_order_acquire);
  if (tail - head == RING)
    return 0; /* full */
  r->slots[tail % RING] = v;
  atomic_store_explicit(&r->tail, tail + 1,
                        memory_order_release); /* publish the slot */
  return 1;
}

static int ring_pop(struct ring *r, int *v) {
  size_t head = atomic_load_explicit(&r->head, memory_order_relaxed);
  size_t tail = atomic_load_explicit(&r->tail, memory_order_acquire);
  if (head == tail)
    return 0; /* empty */
  *v = r->slots[head % RING];
  atomic_store_explicit(&r->head, head + 1, memory_order_release);
  return 1;
}

static struct ring ring;

static void *producer(void *arg) {
  (void)arg;
  for (int i = 1; i <= COUNT; i++)
    while (!ring_push(&ring, i))
      sched_yield();
  return NULL;
}

int main(void) {
  pthread_t p;
  pthread_create(&p, NULL, producer, NULL);
  long long sum = 0;
  int expected = 1, in_order = 1, got = 0;
  while (got < COUNT) {
    int v;
    if (!ring_pop(&ring, &v)) {
      sched_yield();
      continue;
    }
    if (v != expected++)
      in_order = 0;
    sum += v;
    got++;
  }
  pthread_join(p, NULL);
  printf("received %d items in order=%d, sum %lld\n", got, in_order, sum);
  return (in_order && sum == (long long)COUNT * (COUNT + 1) / 2) ? 0 : 1;
}
