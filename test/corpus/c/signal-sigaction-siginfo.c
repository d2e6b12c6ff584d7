/* Use sigaction with SA_SIGINFO to learn who sent a signal (si_pid, si_code)
 * and receive a value from sigqueue, as supervisors inspect senders. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

struct last_signal {
  volatile sig_atomic_t count;
  volatile sig_atomic_t code;
  volatile sig_atomic_t pid;
  volatile sig_atomic_t value;
};
static struct last_signal last;

static void handler(int sig, siginfo_t *si, void *uctx) {
  (void)sig;
  (void)uctx;
  last.count++;
  last.code = si->si_code;
  last.pid = (sig_atomic_t)si->si_pid;
  last.value = si->si_code == SI_QUEUE ? si->si_value.sival_int : -1;
}

static const char *code_name(int code) {
  switch (code) {
  case SI_USER:
    return "SI_USER";
  case SI_QUEUE:
    return "SI_QUEUE";
  case SI_TKILL:
    return "SI_TKILL";
  default:
    return "other";
  }
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = handler;
  sa.sa_flags = SA_SIGINFO;
  sigemptyset(&sa.sa_mask);
  if (sigaction(SIGUSR1, &sa, NULL) != 0) {
    perror("sigaction");
    return 1;
  }

  union sigval v = {.sival_int = 4242};
  if (sigqueue(getpid(), SIGUSR1, v) != 0) {
    perror("sigqueue");
    return 1;
  }
  printf("after sigqueue: code=%s pid match=%d value=%d\n",
         code_name(last.code), last.pid == getpid(), (int)last.value);
  int queued_ok =
      last.code == SI_QUEUE && last.value == 4242 && last.pid == getpid();

  fflush(stdout);
  pid_t parent = getpid(), child = fork();
  if (child < 0) {
    perror("fork");
    return 1;
  }
  if (child == 0) {
    kill(parent, SIGUSR1);
    _exit(0);
  }
  int st;
  waitpid(child, &st,
          0); /* the signal is delivered at the latest when waitpid returns */
  printf("after kill from child: code=%s from child=%d count=%d\n",
         code_name(last.code), last.pid == child, (int)last.count);
  return (queued_ok && last.code == SI_USER && last.pid == child &&
          last.count == 2)
             ? 0
             : 1;
}
