/* End the main thread with pthread_exit while workers keep running; the process
 * exits with status 0 when the last thread finishes and atexit handlers run. */
#include <stdio.h>
#include <stdlib.h>
#include <stdatomic.h>
#include <pthread.h>
#include <unistd.h>

#define WORKERS 3
static atomic_int finished;

static void summary(void) {
  int n = atomic_load(&finished);
  printf("atexit: %d workers finished\n", n);
  fflush(stdout);
  if (n != WORKERS)
    _exit(1);
}

static void *worker(void *arg) {
  long id = (long)arg;
  unsigned long acc = 0;
  for (unsigned long i = 0; i < 200000UL * (unsigned long)(id + 1); i++)
    acc += i % 7;
  printf("worker %ld done (acc=%lu)\n", id, acc);
  atomic_fetch_add(&finished, 1);
  return NULL;
}

int main(void) {
  atexit(summary);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  for (long i = 0; i < WORKERS; i++) {
    pthread_t t;
    if (pthread_create(&t, &attr, worker, (void *)i) != 0) {
      perror("pthread_create");
      return 1;
    }
  }
  pthread_attr_destroy(&attr);
  printf("main thread leaving with pthread_exit\n");
  fflush(stdout);
  pthread_exit(NULL); /* returning from main would kill the workers */
}
