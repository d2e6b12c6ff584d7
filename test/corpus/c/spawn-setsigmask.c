/* Give a spawned child a specific blocked-signal mask with
 * POSIX_SPAWN_SETSIGMASK, independent of the parent's own mask. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <spawn.h>
#include <unistd.h>
#include <sys/wait.h>

extern char **environ;

static int child_main(void) {
  sigset_t cur;
  sigprocmask(SIG_SETMASK, NULL, &cur);
  int usr1 = sigismember(&cur, SIGUSR1), hup = sigismember(&cur, SIGHUP),
      usr2 = sigismember(&cur, SIGUSR2);
  printf("child: SIGUSR1 blocked=%d SIGHUP blocked=%d SIGUSR2 blocked=%d\n",
         usr1, hup, usr2);
  return (usr1 == 1 && hup == 1 && usr2 == 0) ? 0 : 1;
}

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "child") == 0)
    return child_main();

  sigset_t parent_mask; /* parent blocks SIGUSR2 ... */
  sigemptyset(&parent_mask);
  sigaddset(&parent_mask, SIGUSR2);
  sigprocmask(SIG_BLOCK, &parent_mask, NULL);

  sigset_t child_mask; /* ... the child gets USR1+HUP instead */
  sigemptyset(&child_mask);
  sigaddset(&child_mask, SIGUSR1);
  sigaddset(&child_mask, SIGHUP);

  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
  posix_spawnattr_setsigmask(&attr, &child_mask);

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
  printf("parent: child status %d\n", WIFEXITED(st) ? WEXITSTATUS(st) : -1);
  return (WIFEXITED(st) && WEXITSTATUS(st) == 0) ? 0 : 1;
}
