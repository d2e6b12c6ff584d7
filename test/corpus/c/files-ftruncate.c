/* Shrink and extend an open file with ftruncate and truncate, as log rotators
 * and preallocators do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

static off_t size_of(int fd) {
  struct stat st;
  return fstat(fd, &st) == 0 ? st.st_size : -1;
}

int main(void) {
  char dir[] = "/tmp/trunc.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char path[64];
  snprintf(path, sizeof path, "%s/data.bin", dir);
  int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) {
    perror("open");
    return 1;
  }

  char buf[256];
  memset(buf, 'Z', sizeof buf);
  for (int i = 0; i < 16; i++)
    if (write(fd, buf, sizeof buf) != (ssize_t)sizeof buf) {
      perror("write");
      return 1;
    }
  off_t s1 = size_of(fd);

  if (ftruncate(fd, 1000) != 0) {
    perror("ftruncate shrink");
    return 1;
  }
  off_t s2 = size_of(fd);
  if (ftruncate(fd, 8192) != 0) {
    perror("ftruncate extend");
    return 1;
  }
  off_t s3 = size_of(fd);
  char c = 1;
  if (pread(fd, &c, 1, 5000) != 1) {
    perror("pread");
    return 1;
  }
  close(fd);

  if (truncate(path, 0) != 0) {
    perror("truncate");
    return 1;
  }
  struct stat st;
  if (stat(path, &st) != 0) {
    perror("stat");
    return 1;
  }

  printf("sizes: %ld -> %ld -> %ld -> %ld, extended byte=%d\n", (long)s1,
         (long)s2, (long)s3, (long)st.st_size, c);
  unlink(path);
  rmdir(dir);
  return (s1 == 4096 && s2 == 1000 && s3 == 8192 && st.st_size == 0 && c == 0)
             ? 0
             : 1;
}
