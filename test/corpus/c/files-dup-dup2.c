/* Temporarily redirect stdout into a file with dup/dup2 and restore it
 * afterwards, as test harnesses capture output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

struct redirect {
  int saved;
  int target;
};

static int redirect_begin(struct redirect *r, int fd_to_replace, int new_fd) {
  fflush(stdout);
  r->target = fd_to_replace;
  r->saved = dup(fd_to_replace);
  if (r->saved < 0)
    return -1;
  return dup2(new_fd, fd_to_replace) < 0 ? -1 : 0;
}

static void redirect_end(struct redirect *r) {
  fflush(stdout);
  dup2(r->saved, r->target);
  close(r->saved);
}

int main(void) {
  char path[] = "/tmp/capture.XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) {
    perror("mkstemp");
    return 1;
  }
  unlink(path);

  struct redirect r;
  if (redirect_begin(&r, STDOUT_FILENO, fd) != 0) {
    perror("dup");
    return 1;
  }
  printf("captured line one\n");
  printf("captured line %d\n", 2);
  redirect_end(&r);

  char buf[128] = "";
  ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
  if (n < 0) {
    perror("pread");
    return 1;
  }
  buf[n] = '\0';
  close(fd);
  int lines = 0;
  for (char *p = buf; *p; p++)
    lines += *p == '\n';
  printf("restored stdout; captured %zd bytes in %d lines\n", n, lines);
  return (lines == 2 && strstr(buf, "line 2") != NULL) ? 0 : 1;
}
