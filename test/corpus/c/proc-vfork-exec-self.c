/* Start a child cheaply with vfork followed immediately by execv of
 * /proc/self/exe (or _exit on failure), the classic low-overhead spawn. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

static int child_main(const char *msg) {
  printf("child %d running: %s\n", (int)getpid(), msg);
  return strcmp(msg, "hello-from-parent") == 0 ? 0 : 3;
}

int main(int argc, char **argv) {
  if (argc == 3 && strcmp(argv[1], "child") == 0)
    return child_main(argv[2]);

  char *args[] = {argv[0], "child", "hello-from-parent", NULL};
  fflush(stdout);
  pid_t pid = vfork();
  if (pid < 0) {
    perror("vfork");
    return 1;
  }
  if (pid == 0) {
    /* only exec or _exit are safe here: we share the parent's memory */
    execv("/proc/self/exe", args);
    _exit(127);
  }
  int st;
  if (waitpid(pid, &st, 0) != pid) {
    perror("waitpid");
    return 1;
  }

  /* vfork child that only computes an exit code */
  pid_t p2 = vfork();
  if (p2 < 0) {
    perror("vfork");
    return 1;
  }
  if (p2 == 0)
    _exit(17);
  int st2;
  waitpid(p2, &st2, 0);
  printf("exec'd child status %d, second child status %d\n", WEXITSTATUS(st),
         WEXITSTATUS(st2));
  return (WIFEXITED(st) && WEXITSTATUS(st) == 0 && WEXITSTATUS(st2) == 17) ? 0
                                                                           : 1;
}
