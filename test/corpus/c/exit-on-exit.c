/* Use the GNU on_exit hook to receive the exit status and a context pointer,
 * logging how the program ended, as some daemons do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct session {
  const char *name;
  int requests;
  int seen_status;
};

static void report(int status, void *arg) {
  struct session *s = arg;
  s->seen_status = status;
  printf("session %s ended with status %d after %d requests\n", s->name, status,
         s->requests);
  fflush(stdout);
  if (status != 0 || s->requests != 3)
    _exit(1);
}

static void release(int status, void *arg) {
  (void)status;
  free(arg);
  printf("released buffer\n");
}

int main(void) {
  static struct session s = {"alpha", 0, -1};
  char *buffer = malloc(4096);
  if (!buffer) {
    perror("malloc");
    return 1;
  }
  if (on_exit(report, &s) != 0 || on_exit(release, buffer) != 0) {
    fprintf(stderr, "on_exit failed\n");
    return 1;
  }
  for (int i = 0; i < 3; i++) {
    snprintf(buffer, 4096, "request %d", i);
    s.requests++;
  }
  exit(EXIT_SUCCESS);
}
