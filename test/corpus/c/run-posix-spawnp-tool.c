/* Start a tool by name with posix_spawnp, its output to a file through a
 * file action, and check what it wrote. */
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

extern char **environ;

int main(void) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "count.txt",
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  char *argv[] = {"wc", "-l", "/etc/hostname", NULL};
  pid_t pid;
  int rc = posix_spawnp(&pid, "wc", &actions, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    fprintf(stderr, "posix_spawnp: %s\n", strerror(rc));
    return 1;
  }
  int status;
  if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
      WEXITSTATUS(status) != 0)
    return 1;
  FILE *f = fopen("count.txt", "r");
  char line[128] = "";
  if (!f || !fgets(line, sizeof line, f))
    return 1;
  fclose(f);
  remove("count.txt");
  printf("wc said: %s", line);
  return strstr(line, "/etc/hostname") == NULL;
}
