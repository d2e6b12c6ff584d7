/* Reserve disk space up front with posix_fallocate (and posix_fadvise the
 * access pattern), as downloaders preallocate their output file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

int main(void) {
  char path[] = "/tmp/prealloc.XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) {
    perror("mkstemp");
    return 1;
  }
  const off_t want = 2 * 1024 * 1024;
  int err =
      posix_fallocate(fd, 0, want); /* returns the error, does not set errno */
  if (err != 0) {
    fprintf(stderr, "posix_fallocate: %s\n", strerror(err));
    unlink(path);
    return 1;
  }
  err = posix_fadvise(fd, 0, want, POSIX_FADV_SEQUENTIAL);
  if (err != 0)
    fprintf(stderr, "posix_fadvise: %s\n", strerror(err));

  struct stat st;
  if (fstat(fd, &st) != 0) {
    perror("fstat");
    return 1;
  }
  printf("size %ld, blocks cover %ld bytes\n", (long)st.st_size,
         (long)st.st_blocks * 512);

  /* write the "download" in chunks into the reserved area */
  char chunk[65536];
  memset(chunk, 0x5a, sizeof chunk);
  for (off_t off = 0; off < want; off += (off_t)sizeof chunk)
    if (pwrite(fd, chunk, sizeof chunk, off) != (ssize_t)sizeof chunk) {
      perror("pwrite");
      return 1;
    }
  fstat(fd, &st);
  posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
  close(fd);
  unlink(path);
  return st.st_size == want ? 0 : 1;
}
