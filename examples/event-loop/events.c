/* The event sources: everything here is reached from main in main.c, so the
 * scanner must follow calls across translation units to allow it. */
#include "events.h"

#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <unistd.h>

static int watch(int epoll_fd, int fd) {
  struct epoll_event ev = {.events = EPOLLIN, .data.fd = fd};
  return epoll_ctl(epoll_fd, EPOLL_CTL_ADD, fd, &ev);
}

int open_event_sources(struct event_sources *s) {
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGUSR1);
  /* signalfd only sees signals that are blocked for normal delivery. */
  if (sigprocmask(SIG_BLOCK, &mask, NULL) != 0)
    return -1;
  snprintf(s->watched_dir, sizeof(s->watched_dir), "/tmp/event-loop.%d",
           (int)getpid());
  if (mkdir(s->watched_dir, 0700) != 0)
    return -1;
  s->epoll_fd = epoll_create1(EPOLL_CLOEXEC);
  s->event_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  s->signal_fd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
  s->inotify_fd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  if (s->epoll_fd < 0 || s->event_fd < 0 || s->signal_fd < 0 ||
      s->inotify_fd < 0)
    return -1;
  if (inotify_add_watch(s->inotify_fd, s->watched_dir, IN_CREATE) < 0)
    return -1;
  return watch(s->epoll_fd, s->event_fd) | watch(s->epoll_fd, s->signal_fd) |
         watch(s->epoll_fd, s->inotify_fd);
}

static int trigger_all(struct event_sources *s) {
  uint64_t one = 1;
  if (write(s->event_fd, &one, sizeof(one)) != sizeof(one))
    return -1;
  if (kill(getpid(), SIGUSR1) != 0)
    return -1;
  char path[96];
  snprintf(path, sizeof(path), "%s/hello", s->watched_dir);
  int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    return -1;
  close(fd);
  return unlink(path);
}

int run_event_loop(struct event_sources *s) {
  if (trigger_all(s) != 0)
    return -1;
  int seen_event = 0, seen_signal = 0, seen_inotify = 0;
  while (!(seen_event && seen_signal && seen_inotify)) {
    struct epoll_event events[4];
    int n = epoll_wait(s->epoll_fd, events, 4, 5000);
    if (n <= 0)
      return -1;
    for (int i = 0; i < n; ++i) {
      char buf[4096] __attribute__((aligned(8)));
      int fd = events[i].data.fd;
      if (read(fd, buf, sizeof(buf)) <= 0)
        return -1;
      if (fd == s->event_fd && !seen_event) {
        seen_event = 1;
        printf("eventfd:  counter read\n");
      } else if (fd == s->signal_fd && !seen_signal) {
        seen_signal = 1;
        printf("signalfd: SIGUSR1 received as data\n");
      } else if (fd == s->inotify_fd && !seen_inotify) {
        seen_inotify = 1;
        printf("inotify:  file created in %s\n", s->watched_dir);
      }
    }
  }
  return 0;
}

void close_event_sources(struct event_sources *s) {
  close(s->inotify_fd);
  close(s->signal_fd);
  close(s->event_fd);
  close(s->epoll_fd);
  rmdir(s->watched_dir);
}
