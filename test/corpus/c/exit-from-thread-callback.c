/* A worker thread's completion callback calls exit(), so atexit handlers run on
 * that thread while main is still blocked in pthread_join. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>
#include <unistd.h>

struct task {
  int input;
  void (*on_done)(struct task *, int result);
};

static pid_t main_tid;
static volatile int result_seen = -1;

static void at_exit_flush(void) {
  int other_thread = gettid() != main_tid;
  printf("atexit handler: running on %s thread, result %d\n",
         other_thread ? "worker" : "main", result_seen);
  fflush(stdout);
  if (!other_thread || result_seen != 55)
    _exit(1);
}

static void finish_program(struct task *t, int result) {
  (void)t;
  result_seen = result;
  printf("task done, shutting down from callback\n");
  exit(0); /* whole process exits; handlers run in this thread */
}

static void *run(void *arg) {
  struct task *t = arg;
  int sum = 0;
  for (int i = 1; i <= t->input; i++)
    sum += i;
  t->on_done(t, sum);
  return NULL; /* not reached */
}

int main(void) {
  main_tid = gettid();
  atexit(at_exit_flush);
  static struct task t = {10, finish_program};
  pthread_t th;
  if (pthread_create(&th, NULL, run, &t) != 0) {
    perror("pthread_create");
    return 1;
  }
  pthread_join(th, NULL); /* never returns: the worker exits the process */
  fprintf(stderr, "unexpected: join returned\n");
  return 1;
}
