/* Set the spawned child's scheduling with POSIX_SPAWN_SETSCHEDPARAM and with
 * POSIX_SPAWN_SETSCHEDULER (SCHED_OTHER, priority 0), as job launchers apply
 * policies. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sched.h>
#include <spawn.h>
#include <unistd.h>
#include <sys/wait.h>

extern char **environ;

static int child_main(const char *which) {
  struct sched_param sp;
  int pol = sched_getscheduler(0);
  sched_getparam(0, &sp);
  printf("child (%s): policy %s priority %d\n", which,
         pol == SCHED_OTHER ? "SCHED_OTHER" : "other", sp.sched_priority);
  return (pol == SCHED_OTHER && sp.sched_priority == 0) ? 0 : 1;
}

static int spawn_with(char *argv0, short flags, const char *label) {
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  struct sched_param sp = {.sched_priority = 0};
  posix_spawnattr_setflags(&attr, flags);
  posix_spawnattr_setschedparam(&attr, &sp);
  if (flags & POSIX_SPAWN_SETSCHEDULER)
    posix_spawnattr_setschedpolicy(&attr, SCHED_OTHER);

  char *args[] = {argv0, "child", (char *)label, NULL};
  fflush(stdout);
  pid_t pid;
  int err = posix_spawn(&pid, "/proc/self/exe", NULL, &attr, args, environ);
  posix_spawnattr_destroy(&attr);
  if (err) {
    fprintf(stderr, "posix_spawn(%s): %s\n", label, strerror(err));
    return -1;
  }
  int st;
  waitpid(pid, &st, 0);
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

int main(int argc, char **argv) {
  if (argc == 3 && strcmp(argv[1], "child") == 0)
    return child_main(argv[2]);

  int a = spawn_with(argv[0], POSIX_SPAWN_SETSCHEDPARAM, "schedparam");
  int b =
      spawn_with(argv[0], POSIX_SPAWN_SETSCHEDULER | POSIX_SPAWN_SETSCHEDPARAM,
                 "scheduler");
  printf("parent: schedparam child %d, scheduler child %d\n", a, b);
  return (a == 0 && b == 0) ? 0 : 1;
}
