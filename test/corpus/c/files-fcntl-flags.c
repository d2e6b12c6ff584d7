/* Toggle O_NONBLOCK with F_GETFL/F_SETFL and FD_CLOEXEC with F_GETFD/F_SETFD,
 * and duplicate with F_DUPFD_CLOEXEC, as event loops set up descriptors. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

static int set_nonblocking(int fd, int on) {
  int fl = fcntl(fd, F_GETFL);
  if (fl < 0)
    return -1;
  fl = on ? (fl | O_NONBLOCK) : (fl & ~O_NONBLOCK);
  return fcntl(fd, F_SETFL, fl);
}

static int set_cloexec(int fd) {
  int fl = fcntl(fd, F_GETFD);
  if (fl < 0)
    return -1;
  return fcntl(fd, F_SETFD, fl | FD_CLOEXEC);
}

int main(void) {
  int p[2];
  if (pipe(p) != 0) {
    perror("pipe");
    return 1;
  }
  if (set_nonblocking(p[0], 1) != 0 || set_cloexec(p[0]) != 0) {
    perror("fcntl");
    return 1;
  }

  char c;
  ssize_t n = read(p[0], &c, 1);
  int would_block = n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
  printf("empty nonblocking read: %s\n", would_block ? "EAGAIN" : "unexpected");

  int dup = fcntl(p[0], F_DUPFD_CLOEXEC, 10);
  int dup_ok = dup >= 10 && (fcntl(dup, F_GETFD) & FD_CLOEXEC);
  int acc = fcntl(p[1], F_GETFL) & O_ACCMODE;

  int pipesz = fcntl(p[1], F_GETPIPE_SZ);
  printf("dup=%d cloexec=%d accmode=%s pipe size=%d\n", dup, dup_ok,
         acc == O_WRONLY ? "O_WRONLY" : "?", pipesz);

  if (set_nonblocking(p[0], 0) != 0) {
    perror("fcntl");
    return 1;
  }
  int blocking_now = !(fcntl(p[0], F_GETFL) & O_NONBLOCK);
  if (write(p[1], "x", 1) != 1 || read(p[0], &c, 1) != 1) {
    perror("io");
    return 1;
  }
  close(dup);
  close(p[0]);
  close(p[1]);
  return (would_block && dup_ok && acc == O_WRONLY && blocking_now && c == 'x')
             ? 0
             : 1;
}
