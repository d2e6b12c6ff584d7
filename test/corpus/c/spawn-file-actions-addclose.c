/* Keep a private descriptor from leaking into a spawned child with
 * posix_spawn_file_actions_addclose, comparing with a spawn that inherits it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>
#include <sys/wait.h>

extern char **environ;

static int child_main(const char *fdstr) {
  int fd = atoi(fdstr);
  int open_ = fcntl(fd, F_GETFD) != -1;
  printf("child: fd %d is %s\n", fd,
         open_ ? "open" : (errno == EBADF ? "closed" : "?"));
  return open_ ? 10 : 20;
}

static int run(char *argv0, int fd, int close_it) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  if (close_it)
    posix_spawn_file_actions_addclose(&fa, fd);
  char fdarg[16];
  snprintf(fdarg, sizeof fdarg, "%d", fd);
  char *args[] = {argv0, "child", fdarg, NULL};
  fflush(stdout);
  pid_t pid;
  int err = posix_spawn(&pid, "/proc/self/exe", &fa, NULL, args, environ);
  posix_spawn_file_actions_destroy(&fa);
  if (err) {
    fprintf(stderr, "posix_spawn: %s\n", strerror(err));
    return -1;
  }
  int st;
  waitpid(pid, &st, 0);
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

int main(int argc, char **argv) {
  if (argc == 3 && strcmp(argv[1], "child") == 0)
    return child_main(argv[2]);

  char path[] = "/tmp/secret.XXXXXX";
  int fd = mkstemp(path); /* no O_CLOEXEC: would leak by default */
  if (fd < 0) {
    perror("mkstemp");
    return 1;
  }
  unlink(path);
  int inherited = run(argv[0], fd, 0);
  int closed = run(argv[0], fd, 1);
  close(fd);
  printf("parent: without addclose -> %d, with addclose -> %d\n", inherited,
         closed);
  return (inherited == 10 && closed == 20) ? 0 : 1;
}
