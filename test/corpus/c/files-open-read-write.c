/* Copy a file with open/read/write loops that handle short writes and EINTR,
 * the classic low-level copy routine. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

static ssize_t write_all(int fd, const void *buf, size_t len) {
  const char *p = buf;
  size_t left = len;
  while (left > 0) {
    ssize_t n = write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return -1;
    }
    p += n;
    left -= (size_t)n;
  }
  return (ssize_t)len;
}

static long copy_fd(int in, int out) {
  char buf[4096];
  long total = 0;
  for (;;) {
    ssize_t n = read(in, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return -1;
    }
    if (n == 0)
      break;
    if (write_all(out, buf, (size_t)n) < 0)
      return -1;
    total += n;
  }
  return total;
}

int main(void) {
  char dir[] = "/tmp/copy.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char src[64], dst[64];
  snprintf(src, sizeof src, "%s/src", dir);
  snprintf(dst, sizeof dst, "%s/dst", dir);

  int fd = open(src, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    perror("open src");
    return 1;
  }
  char block[1000];
  for (int i = 0; i < 20; i++) {
    memset(block, 'a' + i, sizeof block);
    if (write_all(fd, block, sizeof block) < 0) {
      perror("write");
      return 1;
    }
  }
  close(fd);

  int in = open(src, O_RDONLY | O_CLOEXEC);
  int out = open(dst, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (in < 0 || out < 0) {
    perror("open");
    return 1;
  }
  long copied = copy_fd(in, out);
  if (copied < 0)
    perror("copy");
  close(in);
  if (close(out) < 0)
    perror("close");

  printf("copied %ld bytes\n", copied);
  unlink(src);
  unlink(dst);
  rmdir(dir);
  return copied == 20000 ? 0 : 1;
}
