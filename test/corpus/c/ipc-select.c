/* Wait on several descriptors with select (fd_set, FD_SET/FD_ISSET, nfds =
 * max+1, timeval timeout re-armed each loop), the portable pre-poll idiom. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/wait.h>

int main(void) {
  int a[2], b[2];
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, a) != 0 || pipe(b) != 0) {
    perror("setup");
    return 1;
  }
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    close(a[0]);
    close(b[0]);
    for (int i = 0; i < 3; i++) {
      if (write(a[1], "sock", 4) != 4)
        _exit(2);
      if (write(b[1], "pipe!", 5) != 5)
        _exit(3);
    }
    _exit(0);
  }
  close(a[1]);
  close(b[1]);

  int fds[2] = {a[0], b[0]};
  size_t got[2] = {0, 0};
  int open_fds = 2, timeouts = 0;
  while (open_fds > 0) {
    fd_set rd;
    FD_ZERO(&rd);
    int maxfd = -1;
    for (int i = 0; i < 2; i++)
      if (fds[i] >= 0) {
        FD_SET(fds[i], &rd);
        if (fds[i] > maxfd)
          maxfd = fds[i];
      }
    struct timeval tv = {2, 0}; /* select may modify it: reset every time */
    int n = select(maxfd + 1, &rd, NULL, NULL, &tv);
    if (n < 0) {
      perror("select");
      return 1;
    }
    if (n == 0) {
      if (++timeouts > 1) {
        fprintf(stderr, "stuck\n");
        return 1;
      }
      continue;
    }
    for (int i = 0; i < 2; i++) {
      if (fds[i] < 0 || !FD_ISSET(fds[i], &rd))
        continue;
      char buf[64];
      ssize_t r = read(fds[i], buf, sizeof buf);
      if (r > 0)
        got[i] += (size_t)r;
      else {
        close(fds[i]);
        fds[i] = -1;
        open_fds--;
      }
    }
  }
  int st;
  waitpid(pid, &st, 0);
  printf("socket delivered %zu bytes, pipe delivered %zu bytes\n", got[0],
         got[1]);

  struct timeval nap = {0, 5000};
  int r = select(0, NULL, NULL, NULL,
                 &nap); /* old-school portable sub-second sleep */
  return (got[0] == 12 && got[1] == 15 && r == 0 && WEXITSTATUS(st) == 0) ? 0
                                                                          : 1;
}
