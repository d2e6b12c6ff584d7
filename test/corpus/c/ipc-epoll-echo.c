/* An edge-triggered epoll echo server on 127.0.0.1 handling several
 * non-blocking client connections in one thread, the core of event-driven
 * servers. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>

#define CLIENTS 4

static int add(int ep, int fd, unsigned events) {
  struct epoll_event ev = {.events = events, .data.fd = fd};
  return epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
}

static int echo_all(int fd) {
  char buf[256];
  for (;;) { /* edge-triggered: drain until EAGAIN */
    ssize_t n = read(fd, buf, sizeof buf);
    if (n > 0) {
      if (write(fd, buf, (size_t)n) != n)
        return -1;
      continue;
    }
    if (n == 0)
      return -1; /* peer closed */
    return errno == EAGAIN ? 0 : -1;
  }
}

int main(void) {
  int ls = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  struct sockaddr_in a = {.sin_family = AF_INET,
                          .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t al = sizeof a;
  if (bind(ls, (struct sockaddr *)&a, sizeof a) || listen(ls, 16) ||
      getsockname(ls, (struct sockaddr *)&a, &al)) {
    perror("listen");
    return 1;
  }
  int ep = epoll_create1(EPOLL_CLOEXEC);
  add(ep, ls, EPOLLIN);

  int cl[CLIENTS];
  for (int i = 0; i < CLIENTS; i++) {
    cl[i] = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(cl[i], (struct sockaddr *)&a, sizeof a) != 0) {
      perror("connect");
      return 1;
    }
    char msg[32];
    int n = snprintf(msg, sizeof msg, "client-%d", i);
    if (write(cl[i], msg, (size_t)n) != n) {
      perror("write");
      return 1;
    }
  }
  int accepted = 0, echoed = 0, rounds = 0;
  while (echoed < CLIENTS && rounds++ < 100) {
    struct epoll_event evs[8];
    int n = epoll_wait(ep, evs, 8, 2000);
    if (n <= 0) {
      fprintf(stderr, "epoll_wait: %s\n", n ? strerror(errno) : "timeout");
      return 1;
    }
    for (int i = 0; i < n; i++) {
      int fd = evs[i].data.fd;
      if (fd == ls) {
        int c;
        while ((c = accept4(ls, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC)) >=
               0) {
          add(ep, c, EPOLLIN | EPOLLET | EPOLLRDHUP);
          accepted++;
        }
      } else if (echo_all(fd) == 0) {
        echoed++;
      } else {
        epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL);
        close(fd);
      }
    }
  }
  int ok = 1;
  for (int i = 0; i < CLIENTS; i++) {
    char want[32], got[32] = "";
    snprintf(want, sizeof want, "client-%d", i);
    ssize_t r = read(cl[i], got, sizeof got - 1);
    if (r > 0)
      got[r] = '\0';
    ok &= strcmp(want, got) == 0;
    close(cl[i]);
  }
  printf("accepted %d, echoed %d, replies correct=%d\n", accepted, echoed, ok);
  close(ep);
  close(ls);
  return (accepted == CLIENTS && ok) ? 0 : 1;
}
