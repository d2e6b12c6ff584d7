/* Launch fire-and-forget detached threads (pthread_detach and the detached
 * attribute) and wait for their completion with a counter and condition
 * variable. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <pthread.h>

struct tracker {
  pthread_mutex_t lock;
  pthread_cond_t done;
  int running;
  int completed;
};
static struct tracker tr = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER,
                            0, 0};

struct job {
  int id;
  char result[32];
};

static void *background(void *arg) {
  struct job *j = arg;
  snprintf(j->result, sizeof j->result, "job-%d-ok", j->id);
  pthread_mutex_lock(&tr.lock);
  tr.completed++;
  if (--tr.running == 0)
    pthread_cond_broadcast(&tr.done);
  pthread_mutex_unlock(&tr.lock);
  return NULL; /* nobody joins: resources freed automatically */
}

static int spawn_detached(struct job *j, int use_attr) {
  pthread_mutex_lock(&tr.lock);
  tr.running++;
  pthread_mutex_unlock(&tr.lock);
  pthread_t t;
  int err;
  if (use_attr) {
    pthread_attr_t a;
    pthread_attr_init(&a);
    pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
    err = pthread_create(&t, &a, background, j);
    pthread_attr_destroy(&a);
  } else {
    err = pthread_create(&t, NULL, background, j);
    if (!err)
      err = pthread_detach(t);
  }
  return err;
}

int main(void) {
  struct job jobs[6];
  for (int i = 0; i < 6; i++) {
    jobs[i].id = i;
    int err = spawn_detached(&jobs[i], i % 2);
    if (err) {
      fprintf(stderr, "spawn: %s\n", strerror(err));
      return 1;
    }
  }
  pthread_mutex_lock(&tr.lock);
  while (tr.running > 0)
    pthread_cond_wait(&tr.done, &tr.lock);
  pthread_mutex_unlock(&tr.lock);

  pthread_t self = pthread_self();
  int join_err = pthread_join(self, NULL); /* joining yourself is EDEADLK */
  printf("%d detached jobs completed, last result %s, self-join: %s\n",
         tr.completed, jobs[5].result, strerror(join_err));
  return (tr.completed == 6 && strcmp(jobs[5].result, "job-5-ok") == 0 &&
          join_err == EDEADLK)
             ? 0
             : 1;
}
