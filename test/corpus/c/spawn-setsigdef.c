/* Reset ignored signals to their default action in a spawned child with
 * POSIX_SPAWN_SETSIGDEF, since SIG_IGN dispositions survive exec otherwise. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <spawn.h>
#include <unistd.h>
#include <sys/wait.h>

extern char **environ;

static const char *disp(int sig) {
  struct sigaction sa;
  sigaction(sig, NULL, &sa);
  return sa.sa_handler == SIG_IGN   ? "ignored"
         : sa.sa_handler == SIG_DFL ? "default"
                                    : "handled";
}

static int child_main(void) {
  const char *term = disp(SIGTERM), *pipe_ = disp(SIGPIPE),
             *intr = disp(SIGINT);
  printf("child: SIGTERM %s, SIGPIPE %s, SIGINT %s\n", term, pipe_, intr);
  return (!strcmp(term, "default") && !strcmp(pipe_, "default") &&
          !strcmp(intr, "ignored"))
             ? 0
             : 1;
}

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "child") == 0)
    return child_main();

  signal(SIGTERM, SIG_IGN); /* e.g. inherited from nohup-like wrappers */
  signal(SIGPIPE, SIG_IGN); /* servers commonly ignore SIGPIPE */
  signal(SIGINT, SIG_IGN);

  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGTERM);
  sigaddset(&defaults, SIGPIPE);

  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
  posix_spawnattr_setsigdefault(&attr, &defaults);

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
  printf("parent: SIGTERM still %s here, child status %d\n", disp(SIGTERM),
         WIFEXITED(st) ? WEXITSTATUS(st) : -1);
  return (WIFEXITED(st) && WEXITSTATUS(st) == 0) ? 0 : 1;
}
