/* Catch locking bugs with a PTHREAD_MUTEX_ERRORCHECK mutex: relocking returns
 * EDEADLK and unlocking someone else's mutex returns EPERM, as debug builds do.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <pthread.h>

static pthread_mutex_t m;

#define CHECK(call)                                                            \
  do {                                                                         \
    int e_ = (call);                                                           \
    if (e_)                                                                    \
      fprintf(stderr, "%s: %s\n", #call, strerror(e_));                        \
  } while (0)

static void *foreign_unlock(void *arg) {
  int *err = arg;
  *err = pthread_mutex_unlock(&m); /* we do not own it */
  return NULL;
}

int main(void) {
  pthread_mutexattr_t at;
  pthread_mutexattr_init(&at);
  pthread_mutexattr_settype(&at, PTHREAD_MUTEX_ERRORCHECK);
  CHECK(pthread_mutex_init(&m, &at));
  pthread_mutexattr_destroy(&at);

  int first = pthread_mutex_lock(&m);
  int relock = pthread_mutex_lock(&m); /* would deadlock with a normal mutex */
  int from_other = 0;
  pthread_t t;
  pthread_create(&t, NULL, foreign_unlock, &from_other);
  pthread_join(t, NULL);
  int unlock = pthread_mutex_unlock(&m);
  int double_unlock = pthread_mutex_unlock(&m);

  printf("lock=%d relock=%s foreign unlock=%s unlock=%d double unlock=%s\n",
         first, strerror(relock), strerror(from_other), unlock,
         strerror(double_unlock));
  CHECK(pthread_mutex_destroy(&m));
  return (first == 0 && relock == EDEADLK && from_other == EPERM &&
          unlock == 0 && double_unlock == EPERM)
             ? 0
             : 1;
}
