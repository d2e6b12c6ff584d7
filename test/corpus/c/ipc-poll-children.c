/* Multiplex output from several child processes with poll, reading on POLLIN
 * and retiring each pipe on POLLHUP, as build tools collect parallel job
 * output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <unistd.h>
#include <sys/wait.h>

#define JOBS 3

int main(void) {
  struct pollfd fds[JOBS];
  pid_t pids[JOBS];
  size_t bytes[JOBS] = {0};
  fflush(stdout);
  for (int i = 0; i < JOBS; i++) {
    int p[2];
    if (pipe(p) != 0) {
      perror("pipe");
      return 1;
    }
    pids[i] = fork();
    if (pids[i] < 0) {
      perror("fork");
      return 1;
    }
    if (pids[i] == 0) {
      close(p[0]);
      for (int j = 0; j < i; j++)
        close(fds[j].fd); /* siblings' read ends */
      char line[64];
      for (int k = 0; k < 10 * (i + 1); k++) {
        int n = snprintf(line, sizeof line, "job %d line %d\n", i, k);
        if (write(p[1], line, (size_t)n) != n)
          _exit(2);
      }
      _exit(0);
    }
    close(p[1]);
    fds[i] = (struct pollfd){.fd = p[0], .events = POLLIN};
  }
  int open_count = JOBS, wakeups = 0;
  while (open_count > 0) {
    int n = poll(fds, JOBS, 5000);
    if (n < 0) {
      perror("poll");
      return 1;
    }
    if (n == 0) {
      fprintf(stderr, "poll timeout\n");
      return 1;
    }
    wakeups++;
    for (int i = 0; i < JOBS; i++) {
      if (fds[i].fd < 0)
        continue;
      if (fds[i].revents & POLLIN) {
        char buf[512];
        ssize_t r = read(fds[i].fd, buf, sizeof buf);
        if (r > 0) {
          bytes[i] += (size_t)r;
          continue;
        }
      }
      if (fds[i].revents & (POLLHUP | POLLERR | POLLIN)) { /* EOF */
        close(fds[i].fd);
        fds[i].fd = -1; /* poll ignores negative fds */
        open_count--;
      }
    }
  }
  int ok = 1;
  for (int i = 0; i < JOBS; i++) {
    int st;
    waitpid(pids[i], &st, 0);
    printf("job %d: %zu bytes, exit %d\n", i, bytes[i], WEXITSTATUS(st));
    ok &= WIFEXITED(st) && WEXITSTATUS(st) == 0 && bytes[i] > 0;
  }
  printf("%d poll wakeups\n", wakeups);
  return (ok && bytes[2] > bytes[0]) ? 0 : 1;
}
