/* Re-execute the current binary as a helper with fork +
 * execv("/proc/self/exe"), reporting exec failure through a CLOEXEC pipe, as
 * robust process launchers do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/wait.h>

static int helper_main(int argc, char **argv) {
  long sum = 0;
  for (int i = 2; i < argc; i++)
    sum += strtol(argv[i], NULL, 10);
  printf("helper %d: sum of %d args = %ld\n", (int)getpid(), argc - 2, sum);
  return sum == 60 ? 0 : 1;
}

/* returns child pid, or -1 with errno set to the child's exec error */
static pid_t launch(char *const args[]) {
  int errpipe[2];
  if (pipe2(errpipe, O_CLOEXEC) != 0)
    return -1;
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0)
    return -1;
  if (pid == 0) {
    close(errpipe[0]);
    execv("/proc/self/exe", args);
    int e = errno;
    if (write(errpipe[1], &e, sizeof e) < 0) { /* nothing more we can do */
    }
    _exit(127);
  }
  close(errpipe[1]);
  int child_errno;
  ssize_t n = read(errpipe[0], &child_errno,
                   sizeof child_errno); /* EOF means exec succeeded */
  close(errpipe[0]);
  if (n == (ssize_t)sizeof child_errno) {
    waitpid(pid, NULL, 0);
    errno = child_errno;
    return -1;
  }
  return pid;
}

int main(int argc, char **argv) {
  if (argc >= 2 && strcmp(argv[1], "helper") == 0)
    return helper_main(argc, argv);

  char *args[] = {argv[0], "helper", "10", "20", "30", NULL};
  pid_t pid = launch(args);
  if (pid < 0) {
    perror("launch");
    return 1;
  }
  int st;
  if (waitpid(pid, &st, 0) != pid) {
    perror("waitpid");
    return 1;
  }
  printf("parent: helper exited with %d\n",
         WIFEXITED(st) ? WEXITSTATUS(st) : -1);
  return (WIFEXITED(st) && WEXITSTATUS(st) == 0) ? 0 : 1;
}
