/* A TCP server on 127.0.0.1 (ephemeral port, SO_REUSEADDR) with a client thread
 * exchanging length-prefixed messages, TCP_NODELAY and shutdown(SHUT_WR). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <pthread.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

static int read_full(int fd, void *buf, size_t len) {
  char *p = buf;
  while (len) {
    ssize_t n = recv(fd, p, len, 0);
    if (n <= 0)
      return -1;
    p += n;
    len -= (size_t)n;
  }
  return 0;
}

static int send_msg(int fd, const char *s) {
  uint32_t len = htonl((uint32_t)strlen(s));
  if (send(fd, &len, sizeof len, MSG_NOSIGNAL) != (ssize_t)sizeof len)
    return -1;
  return send(fd, s, strlen(s), MSG_NOSIGNAL) == (ssize_t)strlen(s) ? 0 : -1;
}

static int recv_msg(int fd, char *buf, size_t cap) {
  uint32_t len;
  if (read_full(fd, &len, sizeof len) != 0)
    return -1;
  len = ntohl(len);
  if (len >= cap)
    return -1;
  if (read_full(fd, buf, len) != 0)
    return -1;
  buf[len] = '\0';
  return (int)len;
}

static struct sockaddr_in server_addr;

static void *client_thread(void *arg) {
  int *ok = arg;
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  if (connect(fd, (struct sockaddr *)&server_addr, sizeof server_addr) != 0) {
    perror("connect");
    return NULL;
  }
  char buf[128];
  for (int i = 0; i < 5; i++) {
    char q[32];
    snprintf(q, sizeof q, "request-%d", i);
    if (send_msg(fd, q) != 0 || recv_msg(fd, buf, sizeof buf) < 0)
      break;
    if (strncmp(buf, "echo:", 5) == 0 && strcmp(buf + 5, q) == 0)
      (*ok)++;
  }
  shutdown(fd, SHUT_WR); /* tell the server we are done */
  ssize_t n = recv(fd, buf, sizeof buf, 0);
  if (n == 0)
    (*ok)++; /* server closed in turn */
  close(fd);
  return NULL;
}

int main(void) {
  int ls = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  int one = 1;
  setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  server_addr.sin_family = AF_INET;
  server_addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  server_addr.sin_port = 0;
  socklen_t alen = sizeof server_addr;
  if (bind(ls, (struct sockaddr *)&server_addr, sizeof server_addr) != 0 ||
      listen(ls, 16) != 0 ||
      getsockname(ls, (struct sockaddr *)&server_addr, &alen) != 0) {
    perror("bind/listen");
    return 1;
  }
  printf("listening on 127.0.0.1:%u\n", ntohs(server_addr.sin_port));

  int ok = 0;
  pthread_t t;
  pthread_create(&t, NULL, client_thread, &ok);
  struct sockaddr_in peer;
  socklen_t pl = sizeof peer;
  int c = accept(ls, (struct sockaddr *)&peer, &pl);
  if (c < 0) {
    perror("accept");
    return 1;
  }
  char ip[INET_ADDRSTRLEN];
  printf("accepted %s\n", inet_ntop(AF_INET, &peer.sin_addr, ip, sizeof ip));
  char buf[128], out[140];
  int served = 0;
  while (recv_msg(c, buf, sizeof buf) >= 0) {
    snprintf(out, sizeof out, "echo:%s", buf);
    if (send_msg(c, out) != 0)
      break;
    served++;
  }
  close(c);
  pthread_join(t, NULL);
  close(ls);
  printf("served %d messages, client checks passed %d/6\n", served, ok);
  return (served == 5 && ok == 6) ? 0 : 1;
}
