/* Fork several children that end in different ways and decode each status with
 * waitpid and the WIFEXITED/WIFSIGNALED macros, as job runners do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

enum outcome { OUT_OK, OUT_FAIL, OUT_SIGNAL };
struct child {
  pid_t pid;
  enum outcome plan;
  int status;
};

static void child_body(enum outcome plan) {
  switch (plan) {
  case OUT_OK:
    _exit(0);
  case OUT_FAIL:
    _exit(42);
  case OUT_SIGNAL:
    signal(SIGABRT, SIG_DFL);
    raise(SIGABRT);
    break;
  }
  _exit(99);
}

static void describe(const struct child *c, char *buf, size_t len) {
  if (WIFEXITED(c->status))
    snprintf(buf, len, "exited with %d", WEXITSTATUS(c->status));
  else if (WIFSIGNALED(c->status))
    snprintf(buf, len, "killed by %s%s", strsignal(WTERMSIG(c->status)),
             WCOREDUMP(c->status) ? " (core)" : "");
  else
    snprintf(buf, len, "status 0x%x", c->status);
}

int main(void) {
  struct child kids[] = {{0, OUT_OK, 0}, {0, OUT_FAIL, 0}, {0, OUT_SIGNAL, 0}};
  enum { N = sizeof kids / sizeof kids[0] };
  fflush(stdout);
  for (int i = 0; i < N; i++) {
    kids[i].pid = fork();
    if (kids[i].pid < 0) {
      perror("fork");
      return 1;
    }
    if (kids[i].pid == 0)
      child_body(kids[i].plan);
  }
  /* reap in reverse order of creation by pid */
  for (int i = N - 1; i >= 0; i--) {
    if (waitpid(kids[i].pid, &kids[i].status, 0) != kids[i].pid) {
      perror("waitpid");
      return 1;
    }
    char desc[64];
    describe(&kids[i], desc, sizeof desc);
    printf("child %d (plan %d): %s\n", (int)kids[i].pid, kids[i].plan, desc);
  }
  int none_left = waitpid(-1, NULL, WNOHANG) == -1;
  return (WIFEXITED(kids[0].status) && WEXITSTATUS(kids[0].status) == 0 &&
          WEXITSTATUS(kids[1].status) == 42 && WIFSIGNALED(kids[2].status) &&
          WTERMSIG(kids[2].status) == SIGABRT && none_left)
             ? 0
             : 1;
}
