/* Report problems with the BSD err/warn family (warn, warnx, vwarnx) and GNU
 * error(), and terminate with err() in a child, observing its exit status. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <stdarg.h>
#include <string.h>
#include <errno.h>
#include <err.h>
#include <error.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/wait.h>

static void check(int cond, const char *fmt, ...) {
  if (cond)
    return;
  va_list ap;
  va_start(ap, fmt);
  vwarnx(fmt, ap); /* "prog: message" on stderr */
  va_end(ap);
}

int main(void) {
  if (open("/nonexistent/config", O_RDONLY) < 0)
    warn("could not open %s",
         "/nonexistent/config"); /* appends ": strerror(errno)" */
  warnx("continuing with defaults");
  check(1 + 1 == 3, "arithmetic check failed: %d", 2);
  error(0, ENOENT, "error() with errnum but status 0 returns");
  printf("error_message_count=%u\n", error_message_count);

  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    errno = EACCES;
    err(3, "fatal: cannot write %s", "/root/file"); /* prints and exit(3) */
  }
  int st;
  waitpid(pid, &st, 0);
  pid_t pid2 = fork();
  if (pid2 == 0)
    errx(4, "fatal without errno");
  int st2;
  waitpid(pid2, &st2, 0);
  printf("err() child exit %d, errx() child exit %d\n", WEXITSTATUS(st),
         WEXITSTATUS(st2));
  return (WEXITSTATUS(st) == 3 && WEXITSTATUS(st2) == 4 &&
          error_message_count == 1)
             ? 0
             : 1;
}
