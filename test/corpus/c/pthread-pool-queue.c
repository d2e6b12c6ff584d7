/* A fixed-size thread pool pulling function-pointer tasks from a linked work
 * queue, with submit, wait-for-idle and orderly shutdown. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>

typedef void (*task_fn)(void *);
struct task {
  task_fn fn;
  void *arg;
  struct task *next;
};

struct pool {
  pthread_mutex_t lock;
  pthread_cond_t has_work, idle;
  struct task *head, *tail;
  int active, shutdown, nthreads;
  pthread_t *threads;
};

static void *pool_worker(void *arg) {
  struct pool *p = arg;
  for (;;) {
    pthread_mutex_lock(&p->lock);
    while (!p->head && !p->shutdown)
      pthread_cond_wait(&p->has_work, &p->lock);
    if (!p->head && p->shutdown) {
      pthread_mutex_unlock(&p->lock);
      return NULL;
    }
    struct task *t = p->head;
    p->head = t->next;
    if (!p->head)
      p->tail = NULL;
    p->active++;
    pthread_mutex_unlock(&p->lock);

    t->fn(t->arg);
    free(t);

    pthread_mutex_lock(&p->lock);
    if (--p->active == 0 && !p->head)
      pthread_cond_broadcast(&p->idle);
    pthread_mutex_unlock(&p->lock);
  }
}

static int pool_init(struct pool *p, int n) {
  memset(p, 0, sizeof *p);
  pthread_mutex_init(&p->lock, NULL);
  pthread_cond_init(&p->has_work, NULL);
  pthread_cond_init(&p->idle, NULL);
  p->threads = calloc((size_t)n, sizeof *p->threads);
  if (!p->threads)
    return -1;
  for (p->nthreads = 0; p->nthreads < n; p->nthreads++)
    if (pthread_create(&p->threads[p->nthreads], NULL, pool_worker, p) != 0)
      return -1;
  return 0;
}

static int pool_submit(struct pool *p, task_fn fn, void *arg) {
  struct task *t = malloc(sizeof *t);
  if (!t)
    return -1;
  *t = (struct task){fn, arg, NULL};
  pthread_mutex_lock(&p->lock);
  if (p->tail)
    p->tail->next = t;
  else
    p->head = t;
  p->tail = t;
  pthread_cond_signal(&p->has_work);
  pthread_mutex_unlock(&p->lock);
  return 0;
}

static void pool_wait(struct pool *p) {
  pthread_mutex_lock(&p->lock);
  while (p->head || p->active)
    pthread_cond_wait(&p->idle, &p->lock);
  pthread_mutex_unlock(&p->lock);
}

static void pool_destroy(struct pool *p) {
  pthread_mutex_lock(&p->lock);
  p->shutdown = 1;
  pthread_cond_broadcast(&p->has_work);
  pthread_mutex_unlock(&p->lock);
  for (int i = 0; i < p->nthreads; i++)
    pthread_join(p->threads[i], NULL);
  free(p->threads);
  pthread_cond_destroy(&p->has_work);
  pthread_cond_destroy(&p->idle);
  pthread_mutex_destroy(&p->lock);
}

struct square_job {
  int in;
  long out;
};
static void square(void *arg) {
  struct square_job *j = arg;
  j->out = (long)j->in * j->in;
}

int main(void) {
  struct pool pool;
  if (pool_init(&pool, 4) != 0) {
    perror("pool_init");
    return 1;
  }
  struct square_job jobs[100];
  for (int i = 0; i < 100; i++) {
    jobs[i] = (struct square_job){i, -1};
    if (pool_submit(&pool, square, &jobs[i]) != 0) {
      perror("submit");
      return 1;
    }
  }
  pool_wait(&pool);
  long sum = 0;
  for (int i = 0; i < 100; i++)
    sum += jobs[i].out;
  pool_destroy(&pool);
  printf("100 tasks on 4 threads, sum of squares %ld\n", sum);
  return sum == 328350 ? 0 : 1;
}
