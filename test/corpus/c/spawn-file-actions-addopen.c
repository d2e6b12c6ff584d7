/* Redirect a spawned child's stdout into a log file with
 * posix_spawn_file_actions_addopen, then read the file back, as supervisors
 * capture logs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>
#include <sys/wait.h>

extern char **environ;

static int child_main(void) {
  for (int i = 1; i <= 3; i++)
    printf("log line %d from child %d\n", i, (int)getpid());
  return 0;
}

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "child") == 0)
    return child_main();

  char dir[] = "/tmp/spawnlog.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char logpath[64];
  snprintf(logpath, sizeof logpath, "%s/child.log", dir);

  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  int err = posix_spawn_file_actions_addopen(
      &fa, STDOUT_FILENO, logpath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (!err)
    err = posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null",
                                           O_RDONLY, 0);
  if (err) {
    fprintf(stderr, "addopen: %s\n", strerror(err));
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

  FILE *f = fopen(logpath, "r");
  if (!f) {
    perror("fopen log");
    return 1;
  }
  char line[128];
  int lines = 0;
  while (fgets(line, sizeof line, f)) {
    lines++;
    printf("captured: %s", line);
  }
  fclose(f);
  unlink(logpath);
  rmdir(dir);
  return (lines == 3 && WIFEXITED(st) && WEXITSTATUS(st) == 0) ? 0 : 1;
}
