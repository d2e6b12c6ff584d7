/* Dedicate one thread to synchronous signal handling with sigwait while all
 * threads keep the signals blocked, the recommended design for threaded
 * daemons. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <pthread.h>
#include <unistd.h>

struct sigstate {
  pthread_mutex_t lock;
  int reloads;
  int stop;
  sigset_t set;
};

static void *signal_thread(void *arg) {
  struct sigstate *s = arg;
  for (;;) {
    int sig;
    int err = sigwait(&s->set, &sig);
    if (err != 0) {
      fprintf(stderr, "sigwait: %s\n", strerror(err));
      return NULL;
    }
    pthread_mutex_lock(&s->lock);
    if (sig == SIGHUP)
      s->reloads++;
    int done = sig == SIGTERM;
    if (done)
      s->stop = 1;
    pthread_mutex_unlock(&s->lock);
    printf("signal thread got %s\n", strsignal(sig));
    if (done)
      return NULL;
  }
}

int main(void) {
  struct sigstate s = {.lock = PTHREAD_MUTEX_INITIALIZER};
  sigemptyset(&s.set);
  sigaddset(&s.set, SIGHUP);
  sigaddset(&s.set, SIGTERM);
  int err = pthread_sigmask(SIG_BLOCK, &s.set,
                            NULL); /* inherited by threads created below */
  if (err) {
    fprintf(stderr, "pthread_sigmask: %s\n", strerror(err));
    return 1;
  }

  pthread_t t;
  if (pthread_create(&t, NULL, signal_thread, &s) != 0) {
    perror("pthread_create");
    return 1;
  }
  kill(getpid(), SIGHUP);
  kill(getpid(),
       SIGTERM); /* standard signals don't queue: send HUP and TERM once each */
  pthread_join(t, NULL);
  printf("reloads=%d stop=%d\n", s.reloads, s.stop);
  return (s.reloads == 1 && s.stop == 1) ? 0 : 1;
}
