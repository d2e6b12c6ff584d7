/* Start a child in its own process group with posix_spawn and
 * POSIX_SPAWN_SETPGROUP (pgroup 0 = new group led by the child), as shells
 * launch jobs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <spawn.h>
#include <unistd.h>
#include <sys/wait.h>

extern char **environ;

static int child_main(const char *parent_pgrp) {
  pid_t me = getpid(), pg = getpgrp();
  printf("child %d: pgrp %d (parent's group %s)\n", (int)me, (int)pg,
         parent_pgrp);
  return (pg == me && pg != (pid_t)atoi(parent_pgrp)) ? 0 : 1;
}

int main(int argc, char **argv) {
  if (argc == 3 && strcmp(argv[1], "child") == 0)
    return child_main(argv[2]);

  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attr, 0);

  char pg[16];
  snprintf(pg, sizeof pg, "%d", (int)getpgrp());
  char *args[] = {argv[0], "child", pg, NULL};
  fflush(stdout);
  pid_t pid;
  int err = posix_spawn(&pid, "/proc/self/exe", NULL, &attr, args, environ);
  posix_spawnattr_destroy(&attr);
  if (err) {
    fprintf(stderr, "posix_spawn: %s\n", strerror(err));
    return 1;
  }
  int st;
  if (waitpid(pid, &st, 0) != pid) {
    perror("waitpid");
    return 1;
  }
  printf("parent: child %d exited with %d\n", (int)pid,
         WIFEXITED(st) ? WEXITSTATUS(st) : -1);
  return (WIFEXITED(st) && WEXITSTATUS(st) == 0) ? 0 : 1;
}
