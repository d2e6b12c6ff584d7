/* event-loop: a small program built on Linux's event descriptors (epoll,
 * eventfd, signalfd, inotify), the demo input of sysprune.
 *
 *   event-loop              waits for one event of each kind, then exits 0
 *   event-loop --attempt N  also makes syscall N, a number the program reads
 *                           at run time: no static analysis can know it, so
 *                           the hardened build blocks it */
#define _GNU_SOURCE
#include "events.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv) {
  prctl(PR_SET_NAME, "event-loop", 0, 0, 0);
  long tid = syscall(SYS_gettid);
  printf("event-loop: thread %ld\n", tid);

  struct event_sources sources;
  if (open_event_sources(&sources) != 0 || run_event_loop(&sources) != 0) {
    perror("event-loop");
    return 1;
  }
  close_event_sources(&sources);

  if (argc == 3 && strcmp(argv[1], "--attempt") == 0) {
    long nr = strtol(argv[2], NULL, 10);
    printf("event-loop: attempting syscall %ld\n", nr);
    fflush(stdout);
    syscall(nr, 0, 0, 0, 0, 0, 0);
    printf("event-loop: syscall %ld returned\n", nr);
  }
  printf("event-loop: done\n");
  return 0;
}
