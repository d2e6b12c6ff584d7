/* Rename the process/thread with prctl(PR_SET_NAME), read it back with
 * PR_GET_NAME and /proc/self/comm, and arm PR_SET_PDEATHSIG in a child, as
 * daemons and supervisors do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/wait.h>

static int read_comm(char *buf, size_t len) {
  FILE *f = fopen("/proc/self/comm", "r");
  if (!f)
    return -1;
  if (!fgets(buf, (int)len, f)) {
    fclose(f);
    return -1;
  }
  fclose(f);
  buf[strcspn(buf, "\n")] = '\0';
  return 0;
}

int main(void) {
  char old[16] = "", now[16] = "", comm[32] = "";
  prctl(PR_GET_NAME, old, 0, 0, 0);
  if (prctl(PR_SET_NAME, "corpus-worker", 0, 0, 0) != 0) {
    perror("PR_SET_NAME");
    return 1;
  }
  prctl(PR_GET_NAME, now, 0, 0, 0);
  if (read_comm(comm, sizeof comm) != 0) {
    perror("/proc/self/comm");
    return 1;
  }
  printf("name was '%s', now '%s', /proc/self/comm '%s'\n", old, now, comm);

  int dumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    if (prctl(PR_SET_PDEATHSIG, SIGTERM, 0, 0, 0) != 0)
      _exit(2); /* die if the parent dies */
    int sig = 0;
    prctl(PR_GET_PDEATHSIG, &sig, 0, 0, 0);
    prctl(PR_SET_NAME, "corpus-child", 0, 0, 0);
    _exit(sig == SIGTERM ? 0 : 3);
  }
  int st;
  waitpid(pid, &st, 0);
  printf("dumpable=%d, child pdeathsig check exit %d\n", dumpable,
         WEXITSTATUS(st));
  return (strcmp(now, "corpus-worker") == 0 &&
          strcmp(comm, "corpus-worker") == 0 && WEXITSTATUS(st) == 0)
             ? 0
             : 1;
}
