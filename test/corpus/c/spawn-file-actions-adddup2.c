/* Capture a spawned child's output through a pipe using
 * posix_spawn_file_actions_adddup2 plus addclose of the pipe ends, the
 * posix_spawn replacement for popen. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>
#include <sys/wait.h>

extern char **environ;

static int child_main(void) {
  printf("answer=42\n");
  fprintf(stderr, "child diagnostics go to the same pipe\n");
  return 0;
}

static pid_t spawn_captured(char *argv0, int *out_fd) {
  int p[2];
  if (pipe2(p, O_CLOEXEC) != 0)
    return -1;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(
      &fa, p[1], STDOUT_FILENO); /* dup2 clears CLOEXEC on the target */
  posix_spawn_file_actions_adddup2(&fa, p[1], STDERR_FILENO);
  posix_spawn_file_actions_addclose(&fa, p[0]);
  char *args[] = {argv0, "child", NULL};
  pid_t pid;
  int err = posix_spawn(&pid, "/proc/self/exe", &fa, NULL, args, environ);
  posix_spawn_file_actions_destroy(&fa);
  close(p[1]);
  if (err) {
    close(p[0]);
    errno = err;
    return -1;
  }
  *out_fd = p[0];
  return pid;
}

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "child") == 0)
    return child_main();
  int fd;
  fflush(stdout);
  pid_t pid = spawn_captured(argv[0], &fd);
  if (pid < 0) {
    perror("spawn");
    return 1;
  }
  char buf[256];
  size_t used = 0;
  ssize_t n;
  while ((n = read(fd, buf + used, sizeof buf - 1 - used)) > 0)
    used += (size_t)n;
  buf[used] = '\0';
  close(fd);
  int st;
  waitpid(pid, &st, 0);
  printf("captured %zu bytes:\n%s", used, buf);
  return (strstr(buf, "answer=42\n") && strstr(buf, "diagnostics") &&
          WIFEXITED(st) && WEXITSTATUS(st) == 0)
             ? 0
             : 1;
}
