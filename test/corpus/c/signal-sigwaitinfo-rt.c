/* Queue real-time signals carrying payloads with sigqueue and consume them in
 * order with sigwaitinfo, as lightweight event notification. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <unistd.h>

enum { EV_START = 1, EV_DATA = 2, EV_STOP = 3 };

int main(void) {
  int sig_event = SIGRTMIN + 1;
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig_event);
  if (sigprocmask(SIG_BLOCK, &set, NULL) != 0) {
    perror("sigprocmask");
    return 1;
  }

  int events[] = {EV_START, EV_DATA, EV_DATA, EV_DATA, EV_STOP};
  for (size_t i = 0; i < 5; i++) {
    union sigval v = {.sival_int = events[i] * 100 + (int)i};
    if (sigqueue(getpid(), sig_event, v) != 0) {
      perror("sigqueue");
      return 1;
    }
  }
  int received = 0, data = 0, order_ok = 1;
  for (;;) {
    siginfo_t si;
    int sig = sigwaitinfo(&set, &si);
    if (sig < 0) {
      perror("sigwaitinfo");
      return 1;
    }
    int ev = si.si_value.sival_int / 100, seq = si.si_value.sival_int % 100;
    if (seq != received)
      order_ok = 0; /* RT signals are queued and delivered FIFO */
    received++;
    printf("event %d (seq %d) from pid %d\n", ev, seq, (int)si.si_pid);
    if (ev == EV_DATA)
      data++;
    if (ev == EV_STOP)
      break;
  }
  printf("received %d queued signals, %d data, in order=%d\n", received, data,
         order_ok);
  return (received == 5 && data == 3 && order_ok) ? 0 : 1;
}
