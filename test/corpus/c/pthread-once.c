/* Lazily initialise a shared resource exactly once from many threads with
 * pthread_once, the thread-safe singleton idiom. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>

struct registry {
  char **names;
  int count;
};

static pthread_once_t registry_once = PTHREAD_ONCE_INIT;
static struct registry *registry;
static int init_calls;

static void registry_init(void) {
  init_calls++;
  registry = malloc(sizeof *registry);
  if (!registry)
    abort();
  static const char *defaults[] = {"alpha", "beta", "gamma"};
  registry->count = 3;
  registry->names = malloc(sizeof(char *) * 3);
  if (!registry->names)
    abort();
  for (int i = 0; i < 3; i++)
    registry->names[i] = strdup(defaults[i]);
}

static struct registry *get_registry(void) {
  pthread_once(&registry_once, registry_init);
  return registry;
}

static void *user(void *arg) {
  int *seen = arg;
  struct registry *r = get_registry();
  *seen = r->count;
  return NULL;
}

int main(void) {
  pthread_t t[8];
  int seen[8];
  for (int i = 0; i < 8; i++)
    pthread_create(&t[i], NULL, user, &seen[i]);
  for (int i = 0; i < 8; i++)
    pthread_join(t[i], NULL);
  int all = 1;
  for (int i = 0; i < 8; i++)
    all &= seen[i] == 3;
  struct registry *r = get_registry();
  printf("init ran %d time(s); all threads saw %d entries: %d; first=%s\n",
         init_calls, r->count, all, r->names[0]);
  for (int i = 0; i < r->count; i++)
    free(r->names[i]);
  free(r->names);
  free(r);
  return (init_calls == 1 && all) ? 0 : 1;
}
