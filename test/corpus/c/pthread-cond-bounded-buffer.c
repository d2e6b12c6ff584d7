/* Classic bounded buffer: producers and consumers coordinate with one mutex and
 * two condition variables (not_full, not_empty) plus a shutdown flag. */
#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>

#define CAP 8
#define PRODUCERS 3
#define CONSUMERS 2
#define PER_PRODUCER 5000

struct queue {
  int items[CAP];
  int head, count, closed;
  pthread_mutex_t lock;
  pthread_cond_t not_full, not_empty;
};

static void q_put(struct queue *q, int v) {
  pthread_mutex_lock(&q->lock);
  while (q->count == CAP)
    pthread_cond_wait(&q->not_full, &q->lock);
  q->items[(q->head + q->count++) % CAP] = v;
  pthread_cond_signal(&q->not_empty);
  pthread_mutex_unlock(&q->lock);
}

static int q_get(struct queue *q, int *v) {
  pthread_mutex_lock(&q->lock);
  while (q->count == 0 && !q->closed)
    pthread_cond_wait(&q->not_empty, &q->lock);
  int ok = q->count > 0;
  if (ok) {
    *v = q->items[q->head];
    q->head = (q->head + 1) % CAP;
    q->count--;
    pthread_cond_signal(&q->not_full);
  }
  pthread_mutex_unlock(&q->lock);
  return ok;
}

static void q_close(struct queue *q) {
  pthread_mutex_lock(&q->lock);
  q->closed = 1;
  pthread_cond_broadcast(&q->not_empty);
  pthread_mutex_unlock(&q->lock);
}

static struct queue q = {.lock = PTHREAD_MUTEX_INITIALIZER,
                         .not_full = PTHREAD_COND_INITIALIZER,
                         .not_empty = PTHREAD_COND_INITIALIZER};

static void *producer(void *arg) {
  long base = (long)arg * PER_PRODUCER;
  for (long i = 1; i <= PER_PRODUCER; i++)
    q_put(&q, (int)(base + i));
  return NULL;
}

static void *consumer(void *arg) {
  long long *sum = arg;
  int v;
  while (q_get(&q, &v))
    *sum += v;
  return NULL;
}

int main(void) {
  pthread_t p[PRODUCERS], c[CONSUMERS];
  long long sums[CONSUMERS] = {0};
  for (long i = 0; i < CONSUMERS; i++)
    pthread_create(&c[i], NULL, consumer, &sums[i]);
  for (long i = 0; i < PRODUCERS; i++)
    pthread_create(&p[i], NULL, producer, (void *)i);
  for (int i = 0; i < PRODUCERS; i++)
    pthread_join(p[i], NULL);
  q_close(&q);
  for (int i = 0; i < CONSUMERS; i++)
    pthread_join(c[i], NULL);
  long long total = 0;
  for (int i = 0; i < CONSUMERS; i++) {
    printf("consumer %d summed %lld\n", i, sums[i]);
    total += sums[i];
  }
  long long n = (long long)PRODUCERS * PER_PRODUCER;
  printf("total %lld, expected %lld\n", total, n * (n + 1) / 2);
  return total == n * (n + 1) / 2 ? 0 : 1;
}
