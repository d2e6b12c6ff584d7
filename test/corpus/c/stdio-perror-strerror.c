/* Report failed calls with perror, strerror and strerror_r and map errno
 * values, as command-line tools do in their error paths. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

static int try_open(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) {
    int saved = errno;
    perror(path); /* "path: No such file..." on stderr */
    fprintf(stderr, "open(%s) failed: %s\n", path, strerror(saved));
    errno = saved;
    return -1;
  }
  close(fd);
  return 0;
}

static const char *describe(int err, char *buf, size_t len) {
  /* GNU strerror_r returns a pointer that may or may not be buf */
  return strerror_r(err, buf, len);
}

int main(void) {
  int failures = 0;
  if (try_open("/nonexistent/dir/file") < 0 && errno == ENOENT)
    failures++;
  if (try_open("/dev/null") == 0)
    failures += 10;

  char buf[128];
  int codes[] = {EACCES, EINVAL, ENOMEM, EAGAIN};
  for (size_t i = 0; i < 4; i++)
    printf("errno %d: %s\n", codes[i], describe(codes[i], buf, sizeof buf));
  printf("EPERM name: %s / desc: %s\n",
         strerrorname_np(EPERM) ? strerrorname_np(EPERM) : "?",
         strerrordesc_np(EPERM));
  printf("failures=%d\n", failures);
  return failures == 11 ? 0 : 1;
}
