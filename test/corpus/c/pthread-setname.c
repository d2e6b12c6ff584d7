/* Name worker threads with pthread_setname_np (15-char limit, ERANGE beyond)
 * and read names back with pthread_getname_np, as servers label threads for
 * debuggers and top. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <pthread.h>

static pthread_barrier_t named, checked;

static void *worker(void *arg) {
  int id = (int)(long)arg;
  char name[16];
  snprintf(name, sizeof name, "io-worker-%d", id);
  pthread_setname_np(pthread_self(), name); /* a thread naming itself */
  pthread_barrier_wait(&named);
  pthread_barrier_wait(&checked); /* stay alive until main has looked */
  return NULL;
}

int main(void) {
  pthread_barrier_init(&named, NULL, 4);
  pthread_barrier_init(&checked, NULL, 4);
  pthread_t t[3];
  for (long i = 0; i < 3; i++)
    pthread_create(&t[i], NULL, worker, (void *)i);
  pthread_barrier_wait(&named);

  int ok = 1;
  for (int i = 0; i < 3; i++) {
    char got[16], want[16];
    snprintf(want, sizeof want, "io-worker-%d", i);
    int err = pthread_getname_np(t[i], got, sizeof got);
    printf("thread %d name: %s\n", i, err ? strerror(err) : got);
    ok &= err == 0 && strcmp(got, want) == 0;
  }
  int too_long = pthread_setname_np(t[0], "this-name-is-way-too-long");
  int renamed = pthread_setname_np(t[1], "renamed-by-main");
  char got[16] = "";
  pthread_getname_np(t[1], got, sizeof got);
  pthread_barrier_wait(&checked);
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], NULL);

  pthread_setname_np(pthread_self(), "main-loop");
  char mine[16];
  pthread_getname_np(pthread_self(), mine, sizeof mine);
  printf("too long: %s; renamed: %s; main: %s\n", strerror(too_long), got,
         mine);
  pthread_barrier_destroy(&named);
  pthread_barrier_destroy(&checked);
  return (ok && too_long == ERANGE && renamed == 0 &&
          strcmp(got, "renamed-by-main") == 0 && strcmp(mine, "main-loop") == 0)
             ? 0
             : 1;
}
