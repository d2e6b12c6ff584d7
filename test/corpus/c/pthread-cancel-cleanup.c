/* Cancel a thread blocked in a cancellation point and release its resources
 * with pthread_cleanup_push/pop handlers, as servers stop worker threads. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <unistd.h>

struct worker_state {
  int pipe_rd;
  char *scratch;
  int cleaned;
};
static pthread_mutex_t resource = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t started;

static void free_scratch(void *arg) {
  struct worker_state *s = arg;
  free(s->scratch);
  s->scratch = NULL;
  s->cleaned++;
}

static void unlock_mutex(void *arg) { pthread_mutex_unlock(arg); }

static void *worker(void *arg) {
  struct worker_state *s = arg;
  s->scratch = malloc(4096);
  pthread_cleanup_push(free_scratch, s);
  pthread_mutex_lock(&resource);
  pthread_cleanup_push(unlock_mutex, &resource);
  pthread_barrier_wait(&started);
  char buf[16];
  for (;;) {
    ssize_t n =
        read(s->pipe_rd, buf, sizeof buf); /* read() is a cancellation point */
    if (n <= 0)
      break;
  }
  pthread_cleanup_pop(1);
  pthread_cleanup_pop(1);
  return NULL;
}

int main(void) {
  int p[2];
  if (pipe(p) != 0) {
    perror("pipe");
    return 1;
  }
  pthread_barrier_init(&started, NULL, 2);
  struct worker_state s = {p[0], NULL, 0};
  pthread_t t;
  pthread_create(&t, NULL, worker, &s);
  pthread_barrier_wait(&started);
  int err = pthread_cancel(t);
  if (err) {
    fprintf(stderr, "pthread_cancel: %s\n", strerror(err));
    return 1;
  }
  void *res;
  pthread_join(t, &res);
  int unlocked = pthread_mutex_trylock(&resource) == 0;
  if (unlocked)
    pthread_mutex_unlock(&resource);
  printf("thread %s, scratch freed=%d, mutex released=%d\n",
         res == PTHREAD_CANCELED ? "canceled" : "exited",
         s.scratch == NULL && s.cleaned == 1, unlocked);
  pthread_barrier_destroy(&started);
  close(p[0]);
  close(p[1]);
  return (res == PTHREAD_CANCELED && s.cleaned == 1 && unlocked) ? 0 : 1;
}
