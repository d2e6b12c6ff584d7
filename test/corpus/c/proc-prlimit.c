/* Read and lower another process's resource limits with prlimit (a child we
 * own) and query our own with prlimit(0), as process supervisors do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>

int main(void) {
  struct rlimit self;
  if (prlimit(0, RLIMIT_NOFILE, NULL, &self) != 0) {
    perror("prlimit self");
    return 1;
  }
  printf("own NOFILE: soft %llu hard %llu\n", (unsigned long long)self.rlim_cur,
         (unsigned long long)self.rlim_max);

  int go[2], done[2];
  if (pipe(go) || pipe(done)) {
    perror("pipe");
    return 1;
  }
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    char c;
    if (read(go[0], &c, 1) != 1)
      _exit(2); /* wait until the parent adjusted us */
    struct rlimit rl;
    getrlimit(RLIMIT_NOFILE, &rl);
    unsigned long long v = rl.rlim_cur;
    if (write(done[1], &v, sizeof v) != (ssize_t)sizeof v)
      _exit(3);
    _exit(0);
  }
  struct rlimit before, newlim, old;
  prlimit(pid, RLIMIT_NOFILE, NULL, &before);
  newlim.rlim_cur = 64;
  newlim.rlim_max = before.rlim_max;
  if (prlimit(pid, RLIMIT_NOFILE, &newlim, &old) != 0) {
    perror("prlimit child");
    return 1;
  }
  if (write(go[1], "g", 1) != 1) {
    perror("write");
    return 1;
  }
  unsigned long long seen = 0;
  if (read(done[0], &seen, sizeof seen) != (ssize_t)sizeof seen) {
    perror("read");
    return 1;
  }
  int st;
  waitpid(pid, &st, 0);
  printf("child NOFILE soft was %llu, set to 64, child reports %llu\n",
         (unsigned long long)old.rlim_cur, seen);
  return (seen == 64 && old.rlim_cur == before.rlim_cur && WIFEXITED(st) &&
          WEXITSTATUS(st) == 0)
             ? 0
             : 1;
}
