/* Run a spawned child in a different working directory with
 * posix_spawn_file_actions_addchdir_np, leaving the parent's cwd untouched. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>
#include <sys/wait.h>

extern char **environ;

static int child_main(void) {
  char cwd[PATH_MAX];
  if (!getcwd(cwd, sizeof cwd))
    return 2;
  int fd = open("output.dat", O_CREAT | O_WRONLY | O_TRUNC,
                0644); /* relative to the new cwd */
  if (fd < 0)
    return 3;
  close(fd);
  printf("child working in %s\n", cwd);
  return 0;
}

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "child") == 0)
    return child_main();

  char dir[] = "/tmp/spawncwd.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char before[PATH_MAX];
  if (!getcwd(before, sizeof before)) {
    perror("getcwd");
    return 1;
  }

  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  int err = posix_spawn_file_actions_addchdir_np(&fa, dir);
  if (err) {
    fprintf(stderr, "addchdir_np: %s\n", strerror(err));
    return 1;
  }
  char *args[] = {argv[0], "child", NULL};
  fflush(stdout);
  pid_t pid;
  err = posix_spawn(&pid, "/proc/self/exe", &fa, NULL, args, environ);
  posix_spawn_file_actions_destroy(&fa);
  if (err) {
    fprintf(stderr, "posix_spawn: %s\n", strerror(err));
    return 1;
  }
  int st;
  waitpid(pid, &st, 0);

  char after[PATH_MAX], out[PATH_MAX + 16];
  if (!getcwd(after, sizeof after)) {
    perror("getcwd");
    return 1;
  }
  snprintf(out, sizeof out, "%s/output.dat", dir);
  int created = access(out, F_OK) == 0;
  unlink(out);
  rmdir(dir);
  printf("parent cwd unchanged=%d, file created in target dir=%d\n",
         strcmp(before, after) == 0, created);
  return (WIFEXITED(st) && WEXITSTATUS(st) == 0 && created &&
          strcmp(before, after) == 0)
             ? 0
             : 1;
}
