/* Copy between file descriptors in the kernel with sendfile, looping on partial
 * transfers, as file servers do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/sendfile.h>
#include <sys/stat.h>

static int kernel_copy(int in, int out, off_t size) {
  off_t off = 0;
  while (off < size) {
    ssize_t n = sendfile(out, in, &off, (size_t)(size - off));
    if (n < 0) {
      perror("sendfile");
      return -1;
    }
    if (n == 0)
      break;
  }
  return off == size ? 0 : -1;
}

int main(void) {
  char dir[] = "/tmp/sendfile.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char a[64], b[64];
  snprintf(a, sizeof a, "%s/in", dir);
  snprintf(b, sizeof b, "%s/out", dir);
  int in = open(a, O_RDWR | O_CREAT, 0600);
  int out = open(b, O_WRONLY | O_CREAT, 0600);
  if (in < 0 || out < 0) {
    perror("open");
    return 1;
  }
  char buf[4096];
  for (size_t i = 0; i < sizeof buf; i++)
    buf[i] = (char)(i * 13);
  for (int i = 0; i < 50; i++)
    if (write(in, buf, sizeof buf) != (ssize_t)sizeof buf) {
      perror("write");
      return 1;
    }
  struct stat st;
  fstat(in, &st);
  int rc = kernel_copy(in, out, st.st_size);
  off_t in_pos = lseek(
      in, 0, SEEK_CUR); /* sendfile with offset pointer does not move it */
  struct stat so;
  fstat(out, &so);
  printf("sent %ld of %ld bytes, input offset %ld\n", (long)so.st_size,
         (long)st.st_size, (long)in_pos);
  close(in);
  close(out);
  unlink(a);
  unlink(b);
  rmdir(dir);
  return (rc == 0 && so.st_size == st.st_size) ? 0 : 1;
}
