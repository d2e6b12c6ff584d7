/* Duplicate a file with copy_file_range, falling back to read/write when the
 * kernel or filesystem refuses, as cp does. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

static int fallback_copy(int in, int out) {
  char buf[8192];
  ssize_t n;
  while ((n = read(in, buf, sizeof buf)) > 0)
    if (write(out, buf, (size_t)n) != n)
      return -1;
  return n < 0 ? -1 : 0;
}

static int copy_file(int in, int out, size_t len, int *used_fast) {
  *used_fast = 1;
  while (len > 0) {
    ssize_t n = copy_file_range(in, NULL, out, NULL, len, 0);
    if (n < 0) {
      if (errno == ENOSYS || errno == EXDEV || errno == EOPNOTSUPP ||
          errno == EINVAL) {
        *used_fast = 0;
        return fallback_copy(in, out);
      }
      return -1;
    }
    if (n == 0)
      break;
    len -= (size_t)n;
  }
  return 0;
}

int main(void) {
  char dir[] = "/tmp/cfr.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char src[64], dst[64];
  snprintf(src, sizeof src, "%s/a", dir);
  snprintf(dst, sizeof dst, "%s/b", dir);
  int in = open(src, O_RDWR | O_CREAT | O_TRUNC, 0644);
  if (in < 0) {
    perror("open");
    return 1;
  }
  for (int i = 0; i < 1000; i++)
    dprintf(in, "line %04d of the source file\n", i);
  struct stat st;
  fstat(in, &st);
  lseek(in, 0, SEEK_SET);
  int out = open(dst, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (out < 0) {
    perror("open");
    return 1;
  }
  int fast;
  if (copy_file(in, out, (size_t)st.st_size, &fast) != 0) {
    perror("copy");
    return 1;
  }
  struct stat so;
  fstat(out, &so);
  printf("copied %ld bytes using %s\n", (long)so.st_size,
         fast ? "copy_file_range" : "read/write");
  close(in);
  close(out);
  unlink(src);
  unlink(dst);
  rmdir(dir);
  return so.st_size == st.st_size ? 0 : 1;
}
