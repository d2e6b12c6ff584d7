/* Register cleanup with atexit (temp directory removal, log flush) and rely on
 * reverse-registration order when main returns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char workdir[] = "/tmp/atexit.XXXXXX";
static char order[8];
static int norder;

static void remove_workdir(void) {
  order[norder++] = 'D';
  if (rmdir(workdir) != 0)
    perror("rmdir");
  /* registered first, so runs last: verify the sequence */
  int ok = norder == 3 && memcmp(order, "LSD", 3) == 0;
  printf("cleanup order %.*s -> %s\n", norder, order, ok ? "correct" : "WRONG");
  fflush(stdout);
  if (!ok)
    _exit(1);
}

static void save_state(void) { order[norder++] = 'S'; }
static void flush_log(void) {
  order[norder++] = 'L';
  printf("flushing log\n");
}

int main(void) {
  if (!mkdtemp(workdir)) {
    perror("mkdtemp");
    return 1;
  }
  if (atexit(remove_workdir) != 0 || atexit(save_state) != 0 ||
      atexit(flush_log) != 0) {
    fprintf(stderr, "atexit registration failed\n");
    return 1;
  }
  printf("working in %s\n", workdir);
  return 0; /* handlers run now: flush_log, save_state, remove_workdir */
}
