/* Turn asynchronous signals into poll-able events with the self-pipe trick: the
 * handler writes the signal number to a non-blocking pipe. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

static int self_pipe[2] = {-1, -1};

static void forward_signal(int sig) {
  int saved = errno;
  unsigned char b = (unsigned char)sig;
  ssize_t r = write(self_pipe[1], &b,
                    1); /* if the pipe is full, the event is coalesced */
  (void)r;
  errno = saved;
}

static int setup(void) {
  if (pipe2(self_pipe, O_NONBLOCK | O_CLOEXEC) != 0)
    return -1;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = forward_signal;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  int sigs[] = {SIGUSR1, SIGUSR2, SIGHUP};
  for (int i = 0; i < 3; i++)
    if (sigaction(sigs[i], &sa, NULL) != 0)
      return -1;
  return 0;
}

int main(void) {
  if (setup() != 0) {
    perror("setup");
    return 1;
  }
  int data[2];
  if (pipe(data) != 0) {
    perror("pipe");
    return 1;
  }

  raise(SIGUSR1);
  if (write(data[1], "work", 4) != 4) {
    perror("write");
    return 1;
  }
  raise(SIGHUP);

  int seen_usr1 = 0, seen_hup = 0, got_data = 0;
  while (!(seen_usr1 && seen_hup && got_data)) {
    struct pollfd fds[2] = {{self_pipe[0], POLLIN, 0}, {data[0], POLLIN, 0}};
    if (poll(fds, 2, 2000) <= 0) {
      fprintf(stderr, "poll: nothing ready\n");
      return 1;
    }
    if (fds[0].revents & POLLIN) {
      unsigned char sigs[16];
      ssize_t n = read(self_pipe[0], sigs, sizeof sigs);
      for (ssize_t i = 0; i < n; i++) {
        printf("main loop handling %s\n", strsignal(sigs[i]));
        if (sigs[i] == SIGUSR1)
          seen_usr1 = 1;
        if (sigs[i] == SIGHUP)
          seen_hup = 1;
      }
    }
    if (fds[1].revents & POLLIN) {
      char buf[16];
      ssize_t n = read(data[0], buf, sizeof buf);
      printf("main loop read %zd bytes of data\n", n);
      got_data = n == 4;
    }
  }
  return 0;
}
