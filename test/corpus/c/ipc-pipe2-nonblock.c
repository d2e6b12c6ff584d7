/* Create a non-blocking, close-on-exec pipe with pipe2, fill it until EAGAIN to
 * learn its capacity, then drain it, as event-driven code handles
 * back-pressure. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

static size_t fill(int fd) {
  char chunk[4096];
  memset(chunk, 'p', sizeof chunk);
  size_t total = 0;
  for (;;) {
    ssize_t n = write(fd, chunk, sizeof chunk);
    if (n < 0) {
      if (errno == EAGAIN)
        break; /* pipe full: a real program would wait for POLLOUT */
      perror("write");
      exit(1);
    }
    total += (size_t)n;
  }
  return total;
}

static size_t drain(int fd) {
  char buf[8192];
  size_t total = 0;
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0)
    total += (size_t)n;
  if (n < 0 && errno != EAGAIN) {
    perror("read");
    exit(1);
  }
  return total;
}

int main(void) {
  int p[2];
  if (pipe2(p, O_NONBLOCK | O_CLOEXEC) != 0) {
    perror("pipe2");
    return 1;
  }
  int flags_ok = (fcntl(p[0], F_GETFL) & O_NONBLOCK) &&
                 (fcntl(p[1], F_GETFD) & FD_CLOEXEC);
  int cap = fcntl(p[1], F_GETPIPE_SZ);
  size_t written = fill(p[1]);
  size_t read_back = drain(p[0]);
  close(p[1]);
  char c;
  ssize_t eof = read(p[0], &c, 1); /* writer closed: 0, not EAGAIN */
  close(p[0]);
  printf("flags ok=%d, F_GETPIPE_SZ=%d, wrote %zu before EAGAIN, drained %zu, "
         "then read()=%zd\n",
         flags_ok, cap, written, read_back, eof);
  return (flags_ok && written > 0 && written == read_back && eof == 0) ? 0 : 1;
}
