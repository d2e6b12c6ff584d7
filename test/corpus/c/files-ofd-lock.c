/* Use open-file-description locks (F_OFD_SETLK/F_OFD_GETLK) so two descriptors
 * in one process exclude each other, as threaded servers need. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

static int ofd_lock(int fd, short type, off_t start, off_t len) {
  struct flock fl = {.l_type = type,
                     .l_whence = SEEK_SET,
                     .l_start = start,
                     .l_len = len,
                     .l_pid = 0};
  return fcntl(fd, F_OFD_SETLK, &fl);
}

int main(void) {
  char path[] = "/tmp/ofdlock.XXXXXX";
  int a = mkstemp(path);
  if (a < 0) {
    perror("mkstemp");
    return 1;
  }
  int b = open(path, O_RDWR);
  if (b < 0) {
    perror("open");
    return 1;
  }

  if (ofd_lock(a, F_WRLCK, 0, 4096) != 0) {
    perror("F_OFD_SETLK a");
    return 1;
  }
  int blocked =
      ofd_lock(b, F_WRLCK, 100, 1) != 0 && (errno == EAGAIN || errno == EACCES);

  struct flock q = {.l_type = F_WRLCK,
                    .l_whence = SEEK_SET,
                    .l_start = 0,
                    .l_len = 1,
                    .l_pid = 0};
  if (fcntl(b, F_OFD_GETLK, &q) != 0) {
    perror("F_OFD_GETLK");
    return 1;
  }
  int reported = q.l_type == F_WRLCK && q.l_pid == -1;

  if (ofd_lock(a, F_UNLCK, 0, 0) != 0) {
    perror("unlock");
    return 1;
  }
  int now_ok = ofd_lock(b, F_WRLCK, 100, 1) == 0;
  printf("blocked=%d reported(pid=%d)=%d acquired after unlock=%d\n", blocked,
         (int)q.l_pid, reported, now_ok);
  close(a);
  close(b);
  unlink(path);
  return blocked && reported && now_ok ? 0 : 1;
}
