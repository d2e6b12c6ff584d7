/* Give each thread its own lazily allocated buffer with
 * pthread_key_create/pthread_getspecific, freed by the key's destructor at
 * thread exit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>

static pthread_key_t buf_key;
static pthread_once_t key_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t count_lock = PTHREAD_MUTEX_INITIALIZER;
static int destroyed;

struct tbuf {
  char text[64];
  int uses;
};

static void destroy_buf(void *p) {
  free(p);
  pthread_mutex_lock(&count_lock);
  destroyed++;
  pthread_mutex_unlock(&count_lock);
}

static void make_key(void) { pthread_key_create(&buf_key, destroy_buf); }

static struct tbuf *thread_buffer(void) {
  pthread_once(&key_once, make_key);
  struct tbuf *b = pthread_getspecific(buf_key);
  if (!b) {
    b = calloc(1, sizeof *b);
    if (!b)
      return NULL;
    pthread_setspecific(buf_key, b);
  }
  b->uses++;
  return b;
}

/* like strerror: returns a pointer into per-thread storage */
static const char *describe(int id, int n) {
  struct tbuf *b = thread_buffer();
  snprintf(b->text, sizeof b->text, "thread %d item %d", id, n);
  return b->text;
}

static void *worker(void *arg) {
  int id = (int)(long)arg;
  const char *last = NULL;
  for (int i = 0; i < 5; i++)
    last = describe(id, i);
  int ok = strstr(last, "item 4") != NULL && thread_buffer()->uses == 6;
  return (void *)(long)ok;
}

int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++)
    pthread_create(&t[i], NULL, worker, (void *)i);
  int ok = 1;
  for (int i = 0; i < 4; i++) {
    void *r;
    pthread_join(t[i], &r);
    ok &= (long)r == 1;
  }
  printf("per-thread buffers correct=%d, destructors run=%d\n", ok, destroyed);
  const char *mine = describe(99, 1);
  printf("main: %s\n", mine);
  struct tbuf *b = pthread_getspecific(buf_key);
  pthread_setspecific(buf_key, NULL);
  free(b); /* main thread's value: destructor not run at exit */
  pthread_key_delete(buf_key);
  return (ok && destroyed == 4) ? 0 : 1;
}
