/* Create a sparse file by seeking past the end with lseek, then probe it with
 * SEEK_END, SEEK_DATA and SEEK_HOLE. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

int main(void) {
  char path[] = "/tmp/sparse.XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) {
    perror("mkstemp");
    return 1;
  }

  const off_t far = 4 * 1024 * 1024;
  if (write(fd, "head", 4) != 4) {
    perror("write");
    return 1;
  }
  if (lseek(fd, far, SEEK_SET) != far) {
    perror("lseek");
    return 1;
  }
  if (write(fd, "tail", 4) != 4) {
    perror("write");
    return 1;
  }

  off_t end = lseek(fd, 0, SEEK_END);
  struct stat st;
  if (fstat(fd, &st) != 0) {
    perror("fstat");
    return 1;
  }
  printf("size %ld, allocated %ld bytes\n", (long)end,
         (long)st.st_blocks * 512);

  off_t hole = lseek(fd, 0, SEEK_HOLE);
  off_t data = lseek(fd, 4096, SEEK_DATA);
  if (hole < 0 || data < 0) {
    if (errno == EINVAL)
      printf("SEEK_HOLE unsupported here\n");
    else
      perror("lseek hole/data");
  } else {
    printf("first hole at %ld, next data at %ld\n", (long)hole, (long)data);
  }

  char buf[4];
  if (pread(fd, buf, 4, 1000) != 4) {
    perror("pread");
    return 1;
  }
  int zeros = buf[0] == 0 && buf[3] == 0;
  close(fd);
  unlink(path);
  return (end == far + 4 && zeros) ? 0 : 1;
}
