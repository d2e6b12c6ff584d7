/* Talk between parent and child over a socketpair: a SOCK_STREAM pair for a
 * request/response protocol and a SOCK_SEQPACKET pair that preserves message
 * boundaries. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/wait.h>

static void child(int stream, int packet) {
  char buf[64];
  ssize_t n = read(stream, buf, sizeof buf);
  if (n <= 0)
    _exit(2);
  for (ssize_t i = 0; i < n; i++)
    buf[i] = (char)toupper((unsigned char)buf[i]);
  if (write(stream, buf, (size_t)n) != n)
    _exit(3);
  const char *msgs[] = {"one", "two", "three"};
  for (int i = 0; i < 3; i++)
    if (send(packet, msgs[i], strlen(msgs[i]), 0) < 0)
      _exit(4);
  _exit(0);
}

int main(void) {
  int s[2], q[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s) != 0) {
    perror("socketpair stream");
    return 1;
  }
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, q) != 0) {
    perror("socketpair seqpacket");
    return 1;
  }
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    close(s[0]);
    close(q[0]);
    child(s[1], q[1]);
  }
  close(s[1]);
  close(q[1]);

  const char req[] = "hello socketpair";
  if (write(s[0], req, sizeof req - 1) != (ssize_t)sizeof req - 1) {
    perror("write");
    return 1;
  }
  char resp[64] = "";
  ssize_t n = read(s[0], resp, sizeof resp - 1);
  if (n > 0)
    resp[n] = '\0';

  int sizes[3], count = 0;
  char pkt[64];
  ssize_t m;
  while (count < 3 && (m = recv(q[0], pkt, sizeof pkt, 0)) > 0)
    sizes[count++] = (int)m; /* one message per recv */
  int st;
  waitpid(pid, &st, 0);
  printf("response: %s; %d packets of sizes %d,%d,%d\n", resp, count, sizes[0],
         sizes[1], sizes[2]);
  close(s[0]);
  close(q[0]);
  return (strcmp(resp, "HELLO SOCKETPAIR") == 0 && count == 3 &&
          sizes[0] == 3 && sizes[2] == 5 && WEXITSTATUS(st) == 0)
             ? 0
             : 1;
}
