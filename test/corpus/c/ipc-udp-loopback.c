/* A UDP echo service on 127.0.0.1 in a thread; the client uses a connected UDP
 * socket with send/recv and SO_RCVTIMEO, as DNS-like clients do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>

static int srv_fd;

static void *echo_server(void *arg) {
  int *served = arg;
  char buf[512];
  for (;;) {
    struct sockaddr_in from;
    socklen_t fl = sizeof from;
    ssize_t n =
        recvfrom(srv_fd, buf, sizeof buf, 0, (struct sockaddr *)&from, &fl);
    if (n < 0)
      return NULL;
    if (n == 4 && memcmp(buf, "STOP", 4) == 0)
      return NULL;
    for (ssize_t i = 0; i < n / 2; i++) {
      char c = buf[i];
      buf[i] = buf[n - 1 - i];
      buf[n - 1 - i] = c;
    }
    sendto(srv_fd, buf, (size_t)n, 0, (struct sockaddr *)&from, fl);
    (*served)++;
  }
}

int main(void) {
  srv_fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in a = {.sin_family = AF_INET,
                          .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t al = sizeof a;
  if (srv_fd < 0 || bind(srv_fd, (struct sockaddr *)&a, sizeof a) != 0 ||
      getsockname(srv_fd, (struct sockaddr *)&a, &al) != 0) {
    perror("server socket");
    return 1;
  }
  int served = 0;
  pthread_t t;
  pthread_create(&t, NULL, echo_server, &served);

  int c = socket(AF_INET, SOCK_DGRAM, 0);
  struct timeval tv = {2, 0};
  setsockopt(c, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  if (connect(c, (struct sockaddr *)&a, sizeof a) != 0) {
    perror("connect");
    return 1;
  } /* fixes the peer */
  const char *words[] = {"stressed", "drawer", "level"};
  int ok = 0;
  for (int i = 0; i < 3; i++) {
    char buf[64];
    if (send(c, words[i], strlen(words[i]), 0) < 0) {
      perror("send");
      break;
    }
    ssize_t n = recv(c, buf, sizeof buf - 1, 0);
    if (n < 0) {
      perror("recv");
      break;
    }
    buf[n] = '\0';
    printf("%s -> %s\n", words[i], buf);
    ok += n == (ssize_t)strlen(words[i]);
  }
  send(c, "STOP", 4, 0);
  pthread_join(t, NULL);
  close(c);
  close(srv_fd);
  printf("server port %u answered %d datagrams\n", ntohs(a.sin_port), served);
  return (ok == 3 && served == 3) ? 0 : 1;
}
