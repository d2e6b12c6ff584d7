/* Schedule several one-shot deadlines as absolute timerfds (TFD_TIMER_ABSTIME)
 * registered in epoll with per-timer data, as schedulers do. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/epoll.h>
#include <sys/timerfd.h>

struct deadline {
  const char *name;
  long offset_ms;
  int fd;
  int fired;
  int order;
};

static int arm_abs(int fd, const struct timespec *base, long ms) {
  struct itimerspec its = {{0, 0}, *base};
  its.it_value.tv_sec += ms / 1000;
  its.it_value.tv_nsec += (ms % 1000) * 1000000L;
  if (its.it_value.tv_nsec >= 1000000000L) {
    its.it_value.tv_sec++;
    its.it_value.tv_nsec -= 1000000000L;
  }
  return timerfd_settime(fd, TFD_TIMER_ABSTIME, &its, NULL);
}

int main(void) {
  struct deadline dl[] = {{"retry", 15, -1, 0, 0},
                          {"keepalive", 5, -1, 0, 0},
                          {"expire", 25, -1, 0, 0}};
  int ep = epoll_create1(EPOLL_CLOEXEC);
  if (ep < 0) {
    perror("epoll_create1");
    return 1;
  }
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  for (int i = 0; i < 3; i++) {
    dl[i].fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
    if (dl[i].fd < 0 || arm_abs(dl[i].fd, &now, dl[i].offset_ms) != 0) {
      perror("timerfd");
      return 1;
    }
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = &dl[i]};
    if (epoll_ctl(ep, EPOLL_CTL_ADD, dl[i].fd, &ev) != 0) {
      perror("epoll_ctl");
      return 1;
    }
  }
  int fired = 0;
  while (fired < 3) {
    struct epoll_event evs[4];
    int n = epoll_wait(ep, evs, 4, 2000);
    if (n <= 0) {
      fprintf(stderr, "epoll_wait timeout\n");
      return 1;
    }
    for (int i = 0; i < n; i++) {
      struct deadline *d = evs[i].data.ptr;
      uint64_t exp;
      if (read(d->fd, &exp, sizeof exp) != (ssize_t)sizeof exp)
        continue;
      d->fired = 1;
      d->order = ++fired;
      printf("deadline %-9s (+%ld ms) fired #%d\n", d->name, d->offset_ms,
             d->order);
    }
  }
  for (int i = 0; i < 3; i++)
    close(dl[i].fd);
  close(ep);
  /* order is normally keepalive, retry, expire; a heavily delayed process may
   * see them all at once */
  return (dl[0].fired && dl[1].fired && dl[2].fired) ? 0 : 1;
}
