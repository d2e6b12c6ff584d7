/* Limit concurrent access to a resource with an unnamed POSIX semaphore
 * (sem_init/sem_wait/sem_post/sem_trywait/sem_timedwait/sem_getvalue). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <time.h>

#define SLOTS 2
static sem_t slots;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int inside, max_inside;

static void *client(void *arg) {
  (void)arg;
  for (int i = 0; i < 200; i++) {
    while (sem_wait(&slots) != 0 && errno == EINTR)
      ;
    pthread_mutex_lock(&m);
    if (++inside > max_inside)
      max_inside = inside;
    pthread_mutex_unlock(&m);
    pthread_mutex_lock(&m);
    inside--;
    pthread_mutex_unlock(&m);
    sem_post(&slots);
  }
  return NULL;
}

int main(void) {
  if (sem_init(&slots, 0, SLOTS) != 0) {
    perror("sem_init");
    return 1;
  }
  pthread_t t[5];
  for (int i = 0; i < 5; i++)
    pthread_create(&t[i], NULL, client, NULL);
  for (int i = 0; i < 5; i++)
    pthread_join(t[i], NULL);

  int val;
  sem_getvalue(&slots, &val);
  sem_wait(&slots);
  sem_wait(&slots);
  int try = sem_trywait(&slots);
  int try_err = errno;
  struct timespec dl;
  clock_gettime(CLOCK_REALTIME, &dl);
  dl.tv_nsec += 10 * 1000000L;
  if (dl.tv_nsec >= 1000000000L) {
    dl.tv_sec++;
    dl.tv_nsec -= 1000000000L;
  }
  int timed = sem_timedwait(&slots, &dl);
  int timed_err = errno;
  sem_post(&slots);
  sem_post(&slots);
  printf("max concurrent %d (limit %d), value after %d, trywait: %s, "
         "timedwait: %s\n",
         max_inside, SLOTS, val, try ? strerror(try_err) : "ok",
         timed ? strerror(timed_err) : "ok");
  sem_destroy(&slots);
  return (max_inside <= SLOTS && max_inside >= 1 && val == SLOTS && try == -1 &&
          try_err == EAGAIN && timed == -1 && timed_err == ETIMEDOUT)
             ? 0
             : 1;
}
