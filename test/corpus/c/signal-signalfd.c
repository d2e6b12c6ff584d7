/* Receive signals as readable events through signalfd multiplexed with poll, as
 * event-loop based daemons do instead of async handlers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>
#include <sys/signalfd.h>
#include <sys/wait.h>

int main(void) {
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGCHLD);
  sigaddset(&mask, SIGUSR1);
  if (sigprocmask(SIG_BLOCK, &mask, NULL) != 0) {
    perror("sigprocmask");
    return 1;
  }
  int sfd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
  if (sfd < 0) {
    perror("signalfd");
    return 1;
  }

  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0)
    _exit(3);
  kill(getpid(), SIGUSR1);

  int saw_chld = 0, saw_usr1 = 0, exit_code = -1;
  while (!(saw_chld && saw_usr1)) {
    struct pollfd pfd = {.fd = sfd, .events = POLLIN};
    int n = poll(&pfd, 1, 5000);
    if (n <= 0) {
      fprintf(stderr, "poll timed out or failed\n");
      return 1;
    }
    struct signalfd_siginfo info;
    while (read(sfd, &info, sizeof info) == (ssize_t)sizeof info) {
      if (info.ssi_signo == SIGCHLD) {
        int st;
        while (waitpid(-1, &st, WNOHANG) > 0)
          if (WIFEXITED(st))
            exit_code = WEXITSTATUS(st);
        saw_chld = 1;
      } else if (info.ssi_signo == SIGUSR1) {
        saw_usr1 = 1;
      }
      printf("signalfd: %s from pid %u\n", strsignal((int)info.ssi_signo),
             info.ssi_pid);
    }
  }
  close(sfd);
  printf("child exit code %d\n", exit_code);
  return exit_code == 3 ? 0 : 1;
}
