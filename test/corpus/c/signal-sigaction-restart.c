/* Install a handler with SA_RESTART so a blocking read continues transparently
 * after a signal, as servers avoid sprinkling EINTR checks. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

static volatile sig_atomic_t reload_requested;

static void on_hup(int sig) {
  (void)sig;
  reload_requested = 1;
}

static int install(int sig, void (*fn)(int), int flags) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = fn;
  sa.sa_flags = flags;
  sigemptyset(&sa.sa_mask);
  return sigaction(sig, &sa, NULL);
}

int main(void) {
  if (install(SIGHUP, on_hup, SA_RESTART) != 0) {
    perror("sigaction");
    return 1;
  }
  struct sigaction cur;
  sigaction(SIGHUP, NULL, &cur);
  printf("SA_RESTART set: %d\n", (cur.sa_flags & SA_RESTART) != 0);

  int p[2];
  if (pipe(p) != 0) {
    perror("pipe");
    return 1;
  }
  fflush(stdout);
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    close(p[0]);
    kill(parent, SIGHUP); /* may interrupt the parent's read */
    if (write(p[1], "payload", 7) != 7)
      _exit(1);
    _exit(0);
  }
  close(p[1]);
  char buf[16] = "";
  ssize_t n = read(p[0], buf,
                   sizeof buf - 1); /* restarted automatically if interrupted */
  int saved = errno;
  if (n < 0)
    fprintf(stderr, "read: %s\n", strerror(saved));
  else
    buf[n] = '\0';
  int st;
  waitpid(pid, &st, 0);
  close(p[0]);
  printf("read returned %zd (%s), reload flag=%d\n", n, buf,
         (int)reload_requested);
  return (n == 7 && strcmp(buf, "payload") == 0 && reload_requested) ? 0 : 1;
}
