/* Launch a program by name with posix_spawnp, which searches PATH (here
 * restricted to our own directory), passing a custom environment to the child.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <libgen.h>
#include <spawn.h>
#include <unistd.h>
#include <sys/wait.h>

static int child_main(void) {
  const char *mode = getenv("CORPUS_MODE");
  printf("child found via PATH, CORPUS_MODE=%s\n", mode ? mode : "(unset)");
  return mode && strcmp(mode, "spawnp") == 0 ? 0 : 1;
}

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "child") == 0)
    return child_main();

  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n < 0) {
    perror("readlink");
    return 1;
  }
  exe[n] = '\0';
  char dircopy[PATH_MAX], basecopy[PATH_MAX];
  strcpy(dircopy, exe);
  strcpy(basecopy, exe);
  const char *dir = dirname(dircopy), *name = basename(basecopy);

  char *old_path = getenv("PATH") ? strdup(getenv("PATH")) : NULL;
  setenv("PATH", dir, 1); /* posix_spawnp consults the caller's PATH */
  char pathvar[PATH_MAX + 8];
  snprintf(pathvar, sizeof pathvar, "PATH=%s", dir);
  char *envp[] = {"CORPUS_MODE=spawnp", pathvar, NULL};
  char *args[] = {(char *)name, "child", NULL};
  fflush(stdout);
  pid_t pid;
  int err = posix_spawnp(&pid, name, NULL, NULL, args, envp);
  if (old_path) {
    setenv("PATH", old_path, 1);
    free(old_path);
  } else
    unsetenv("PATH");
  if (err) {
    fprintf(stderr, "posix_spawnp(%s): %s\n", name, strerror(err));
    return 1;
  }
  int st;
  waitpid(pid, &st, 0);
  printf("parent: spawned '%s' from %s, status %d\n", name, dir,
         WIFEXITED(st) ? WEXITSTATUS(st) : -1);
  return (WIFEXITED(st) && WEXITSTATUS(st) == 0) ? 0 : 1;
}
