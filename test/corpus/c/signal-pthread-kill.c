/* Direct a signal at one specific thread with pthread_kill to wake it from
 * sigsuspend, verifying the handler ran on that thread. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <pthread.h>
#include <unistd.h>

static volatile sig_atomic_t handler_tid;
static pthread_barrier_t ready;

static void on_usr1(int sig) {
  (void)sig;
  handler_tid = (sig_atomic_t)gettid();
}

static void *waiter(void *arg) {
  pid_t *tid = arg;
  *tid = gettid();
  sigset_t wait_mask;
  pthread_sigmask(SIG_SETMASK, NULL, &wait_mask);
  sigdelset(&wait_mask, SIGUSR1);
  pthread_barrier_wait(&ready);
  while (handler_tid == 0)
    sigsuspend(&wait_mask); /* SIGUSR1 is only unblocked in here */
  return NULL;
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR1, &sa, NULL);

  sigset_t block;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR1);
  pthread_sigmask(SIG_BLOCK, &block,
                  NULL); /* main and the new thread start with it blocked */

  pthread_barrier_init(&ready, NULL, 2);
  pid_t target_tid = 0;
  pthread_t t;
  if (pthread_create(&t, NULL, waiter, &target_tid) != 0) {
    perror("pthread_create");
    return 1;
  }
  pthread_barrier_wait(&ready);
  int err = pthread_kill(t, SIGUSR1);
  if (err) {
    fprintf(stderr, "pthread_kill: %s\n", strerror(err));
    return 1;
  }
  pthread_join(t, NULL);
  pthread_barrier_destroy(&ready);

  printf("handler ran on tid %d, target tid %d, main tid %d\n",
         (int)handler_tid, (int)target_tid, (int)gettid());
  int probe = pthread_kill(pthread_self(), 0); /* signal 0: existence check */
  return (handler_tid == target_tid && handler_tid != gettid() && probe == 0)
             ? 0
             : 1;
}
