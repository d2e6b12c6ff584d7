/* Monitor children with waitid: peek at an exited child with WNOWAIT, poll with
 * WNOHANG, see a stopped/continued child, then reap, as process monitors do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
  fflush(stdout);
  pid_t quick = fork();
  if (quick < 0) {
    perror("fork");
    return 1;
  }
  if (quick == 0)
    _exit(9);

  siginfo_t si;
  memset(&si, 0, sizeof si);
  if (waitid(P_PID, (id_t)quick, &si, WEXITED | WNOWAIT) != 0) {
    perror("waitid peek");
    return 1;
  }
  printf("peek: pid %d code %s status %d\n", (int)si.si_pid,
         si.si_code == CLD_EXITED ? "CLD_EXITED" : "?", si.si_status);
  int peek_ok = si.si_pid == quick && si.si_status == 9;
  memset(&si, 0, sizeof si);
  waitid(P_PID, (id_t)quick, &si, WEXITED); /* now actually reap */
  int reaped = si.si_pid == quick;

  pid_t sleeper = fork();
  if (sleeper < 0) {
    perror("fork");
    return 1;
  }
  if (sleeper == 0) {
    for (;;)
      pause();
  }
  memset(&si, 0, sizeof si);
  waitid(P_PID, (id_t)sleeper, &si, WEXITED | WNOHANG);
  int still_running = si.si_pid == 0;
  kill(sleeper, SIGSTOP);
  memset(&si, 0, sizeof si);
  waitid(P_PID, (id_t)sleeper, &si, WSTOPPED);
  int stopped = si.si_code == CLD_STOPPED && si.si_status == SIGSTOP;
  kill(sleeper, SIGCONT);
  memset(&si, 0, sizeof si);
  waitid(P_PID, (id_t)sleeper, &si, WCONTINUED);
  int continued = si.si_code == CLD_CONTINUED;
  kill(sleeper, SIGKILL);
  memset(&si, 0, sizeof si);
  waitid(P_ALL, 0, &si, WEXITED);
  int killed = si.si_code == CLD_KILLED && si.si_status == SIGKILL;
  printf("peek=%d reaped=%d running=%d stopped=%d continued=%d killed=%d\n",
         peek_ok, reaped, still_running, stopped, continued, killed);
  return (peek_ok && reaped && still_running && stopped && continued && killed)
             ? 0
             : 1;
}
