/* Detach a spawned child into a new session with
 * posix_spawnattr_setflags(POSIX_SPAWN_SETSID), as daemon launchers avoid
 * inheriting the controlling terminal. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <spawn.h>
#include <unistd.h>
#include <sys/wait.h>

extern char **environ;

static int child_main(const char *parent_sid) {
  pid_t me = getpid(), sid = getsid(0);
  printf("child %d: session %d, group %d (parent session %s)\n", (int)me,
         (int)sid, (int)getpgrp(), parent_sid);
  return (sid == me && getpgrp() == me) ? 0 : 1;
}

int main(int argc, char **argv) {
  if (argc == 3 && strcmp(argv[1], "child") == 0)
    return child_main(argv[2]);

  posix_spawnattr_t attr;
  int err = posix_spawnattr_init(&attr);
  if (!err)
    err = posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);
  if (err) {
    fprintf(stderr, "spawnattr: %s\n", strerror(err));
    return 1;
  }
  short flags = 0;
  posix_spawnattr_getflags(&attr, &flags);

  char sid[16];
  snprintf(sid, sizeof sid, "%d", (int)getsid(0));
  char *args[] = {argv[0], "child", sid, NULL};
  fflush(stdout);
  pid_t pid;
  err = posix_spawn(&pid, "/proc/self/exe", NULL, &attr, args, environ);
  posix_spawnattr_destroy(&attr);
  if (err) {
    fprintf(stderr, "posix_spawn: %s\n", strerror(err));
    return 1;
  }
  int st;
  waitpid(pid, &st, 0);
  printf("parent: flags 0x%x, child status %d\n", (unsigned)flags,
         WIFEXITED(st) ? WEXITSTATUS(st) : -1);
  return (WIFEXITED(st) && WEXITSTATUS(st) == 0 && (flags & POSIX_SPAWN_SETSID))
             ? 0
             : 1;
}
