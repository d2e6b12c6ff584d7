/* Spawn a child with POSIX_SPAWN_RESETIDS so its effective uid/gid are reset to
 * the real ids, as setuid helpers do before running other code. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <spawn.h>
#include <unistd.h>
#include <sys/wait.h>

extern char **environ;

static int child_main(void) {
  printf("child: uid %u euid %u gid %u egid %u\n", (unsigned)getuid(),
         (unsigned)geteuid(), (unsigned)getgid(), (unsigned)getegid());
  return (getuid() == geteuid() && getgid() == getegid()) ? 0 : 1;
}

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "child") == 0)
    return child_main();

  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr,
                           POSIX_SPAWN_RESETIDS | POSIX_SPAWN_SETSIGMASK);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attr, &none);

  char *args[] = {argv[0], "child", NULL};
  fflush(stdout);
  pid_t pid;
  int err = posix_spawn(&pid, "/proc/self/exe", NULL, &attr, args, environ);
  posix_spawnattr_destroy(&attr);
  if (err) {
    fprintf(stderr, "posix_spawn: %s\n", strerror(err));
    return 1;
  }
  int st;
  waitpid(pid, &st, 0);
  printf("parent: uid %u, child status %d\n", (unsigned)getuid(),
         WIFEXITED(st) ? WEXITSTATUS(st) : -1);
  return (WIFEXITED(st) && WEXITSTATUS(st) == 0) ? 0 : 1;
}
