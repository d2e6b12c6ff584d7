/* Catch termination signals to remove a temporary file, then re-raise the
 * signal with the default action so the exit status is correct, as careful CLIs
 * do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

static char tmp_path[128];

static void cleanup_and_reraise(int sig) {
  if (tmp_path[0])
    unlink(tmp_path); /* async-signal-safe */
  signal(sig, SIG_DFL);
  raise(sig);
}

static int worker(const char *dir) {
  snprintf(tmp_path, sizeof tmp_path, "%s/partial.XXXXXX", dir);
  int fd = mkstemp(tmp_path);
  if (fd < 0)
    return 2;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = cleanup_and_reraise;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);
  if (write(fd, "half-written", 12) != 12)
    return 3;
  raise(SIGTERM); /* simulate being terminated mid-way */
  return 4;       /* not reached */
}

int main(void) {
  char dir[] = "/tmp/raise.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0)
    _exit(worker(dir));

  int st;
  if (waitpid(pid, &st, 0) != pid) {
    perror("waitpid");
    return 1;
  }
  int killed = WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM;
  printf("worker ended by: %s\n",
         WIFSIGNALED(st) ? strsignal(WTERMSIG(st)) : "normal exit");
  int cleaned =
      rmdir(dir) == 0; /* succeeds only if the handler removed the file */
  if (!cleaned)
    fprintf(stderr, "rmdir: %s (temp file left behind)\n", strerror(errno));
  printf("temporary file cleaned up: %d\n", cleaned);

  /* raise() in the current process returns after the handler ran */
  signal(SIGUSR2, SIG_IGN);
  int r = raise(SIGUSR2);
  return (killed && cleaned && r == 0) ? 0 : 1;
}
