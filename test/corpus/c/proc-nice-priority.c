/* Lower a background job's CPU priority with nice() (checking errno, since -1
 * is a valid result) and setpriority/getpriority, as batch tools do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>

static int current_nice(void) {
  errno = 0;
  int v = getpriority(PRIO_PROCESS, 0);
  if (v == -1 && errno != 0) {
    perror("getpriority");
    exit(1);
  }
  return v;
}

int main(void) {
  int start = current_nice();
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    errno = 0;
    int r = nice(5);
    if (r == -1 && errno != 0)
      _exit(2);
    int after = getpriority(PRIO_PROCESS, 0);
    _exit(after == start + 5 || after == 19 ? 0 : 3);
  }
  int st;
  waitpid(pid, &st, 0);

  int target = start + 3 > 19 ? 19 : start + 3;
  if (setpriority(PRIO_PROCESS, 0, target) != 0) {
    perror("setpriority");
    return 1;
  }
  int now = current_nice();
  int back = setpriority(PRIO_PROCESS, 0,
                         start); /* raising priority again needs privilege */
  int back_errno = errno;
  printf("nice value %d -> %d, child nice(5) ok=%d, restore: %s\n", start, now,
         WIFEXITED(st) && WEXITSTATUS(st) == 0,
         back == 0 ? "allowed" : strerror(back_errno));
  return (now == target && WIFEXITED(st) && WEXITSTATUS(st) == 0) ? 0 : 1;
}
