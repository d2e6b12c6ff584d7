/* Stream data through an anonymous pipe between a writer child and reader
 * parent, detecting EOF when the write end closes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

static void producer(int wfd) {
  char chunk[1024];
  for (int i = 0; i < 64; i++) {
    memset(chunk, 'A' + i % 26, sizeof chunk);
    if (write(wfd, chunk, sizeof chunk) != (ssize_t)sizeof chunk)
      _exit(2);
  }
  close(wfd);
  _exit(0);
}

static long consume(int rfd, unsigned *hash) {
  char buf[700];
  long total = 0;
  ssize_t n;
  *hash = 0;
  while ((n = read(rfd, buf, sizeof buf)) > 0) {
    for (ssize_t i = 0; i < n; i++)
      *hash = *hash * 31 + (unsigned char)buf[i];
    total += n;
  }
  if (n < 0)
    perror("read");
  return total;
}

int main(void) {
  int fds[2];
  if (pipe(fds) == -1) {
    perror("pipe");
    return EXIT_FAILURE;
  }
  pid_t pid = fork();
  if (pid == -1) {
    perror("fork");
    return EXIT_FAILURE;
  }
  if (pid == 0) {
    close(fds[0]);
    producer(fds[1]);
  }
  close(fds[1]); /* otherwise the reader never sees EOF */
  unsigned h;
  long got = consume(fds[0], &h);
  close(fds[0]);
  int st;
  if (waitpid(pid, &st, 0) != pid) {
    perror("waitpid");
    return EXIT_FAILURE;
  }
  printf("received %ld bytes, hash %08x, child status %d\n", got, h,
         WEXITSTATUS(st));
  return (got == 65536 && WIFEXITED(st) && WEXITSTATUS(st) == 0) ? EXIT_SUCCESS
                                                                 : EXIT_FAILURE;
}
