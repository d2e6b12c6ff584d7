/* Use a periodic timerfd in a poll loop next to other descriptors, reading the
 * 64-bit expiration count, as event loops integrate timers. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <poll.h>
#include <time.h>
#include <unistd.h>
#include <sys/timerfd.h>

int main(void) {
  int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
  if (tfd < 0) {
    perror("timerfd_create");
    return 1;
  }
  struct itimerspec its = {.it_interval = {0, 5000000},
                           .it_value = {0, 5000000}};
  if (timerfd_settime(tfd, 0, &its, NULL) != 0) {
    perror("timerfd_settime");
    return 1;
  }

  int p[2];
  if (pipe(p) != 0) {
    perror("pipe");
    return 1;
  }
  if (write(p[1], "msg", 3) != 3) {
    perror("write");
    return 1;
  }

  uint64_t total = 0;
  int messages = 0, wakeups = 0;
  while (total < 4) {
    struct pollfd fds[2] = {{tfd, POLLIN, 0}, {p[0], POLLIN, 0}};
    int n = poll(fds, 2, 1000);
    if (n < 0) {
      perror("poll");
      return 1;
    }
    if (n == 0) {
      fprintf(stderr, "timer did not fire\n");
      return 1;
    }
    wakeups++;
    if (fds[0].revents & POLLIN) {
      uint64_t exp;
      if (read(tfd, &exp, sizeof exp) == (ssize_t)sizeof exp) {
        total += exp;
        printf("tick: %llu expiration(s)\n", (unsigned long long)exp);
      }
    }
    if (fds[1].revents & POLLIN) {
      char buf[8];
      if (read(p[0], buf, sizeof buf) > 0)
        messages++;
    }
  }
  struct itimerspec cur;
  timerfd_gettime(tfd, &cur);
  struct itimerspec off = {{0, 0}, {0, 0}};
  timerfd_settime(tfd, 0, &off, NULL);
  close(tfd);
  close(p[0]);
  close(p[1]);
  printf("%llu expirations, %d message(s), %d wakeups, interval %ld ns\n",
         (unsigned long long)total, messages, wakeups, cur.it_interval.tv_nsec);
  return (total >= 4 && messages == 1) ? 0 : 1;
}
