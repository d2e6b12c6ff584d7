/* Run a callback on each expiry of a POSIX timer created with SIGEV_THREAD,
 * signalling the main thread through a mutex and condition variable. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <pthread.h>
#include <time.h>

struct heartbeat {
  pthread_mutex_t lock;
  pthread_cond_t cond;
  int beats;
  pthread_t main_thread;
  int ran_elsewhere;
};

static void on_expiry(union sigval v) {
  struct heartbeat *hb = v.sival_ptr;
  pthread_mutex_lock(&hb->lock);
  hb->beats++;
  if (!pthread_equal(pthread_self(), hb->main_thread))
    hb->ran_elsewhere = 1;
  pthread_cond_signal(&hb->cond);
  pthread_mutex_unlock(&hb->lock);
}

int main(void) {
  /* Static: a callback already running when the timer is deleted may still
   * touch it after main returns. */
  static struct heartbeat hb = {PTHREAD_MUTEX_INITIALIZER,
                                PTHREAD_COND_INITIALIZER, 0, 0, 0};
  hb.main_thread = pthread_self();
  struct sigevent sev;
  memset(&sev, 0, sizeof sev);
  sev.sigev_notify = SIGEV_THREAD;
  sev.sigev_notify_function = on_expiry;
  sev.sigev_value.sival_ptr = &hb;
  timer_t t;
  if (timer_create(CLOCK_MONOTONIC, &sev, &t) != 0) {
    perror("timer_create");
    return 1;
  }

  struct itimerspec its = {.it_interval = {0, 3000000},
                           .it_value = {0, 3000000}};
  if (timer_settime(t, 0, &its, NULL) != 0) {
    perror("timer_settime");
    return 1;
  }

  pthread_mutex_lock(&hb.lock);
  while (hb.beats < 3)
    pthread_cond_wait(&hb.cond, &hb.lock);
  int beats = hb.beats;
  pthread_mutex_unlock(&hb.lock);

  timer_delete(t);
  printf("heartbeat callback ran %d+ times, on a helper thread: %d\n", beats,
         hb.ran_elsewhere);
  return (beats >= 3 && hb.ran_elsewhere) ? 0 : 1;
}
