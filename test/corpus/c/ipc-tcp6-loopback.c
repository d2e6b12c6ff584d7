/* Serve TCP on the IPv6 loopback [::1] with IPV6_V6ONLY, connect from a thread
 * and print addresses with inet_ntop; skips cleanly where IPv6 is disabled. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <pthread.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

static struct sockaddr_in6 srv;

static void *client(void *arg) {
  char *reply = arg;
  int fd = socket(AF_INET6, SOCK_STREAM, 0);
  if (fd < 0 || connect(fd, (struct sockaddr *)&srv, sizeof srv) != 0) {
    perror("connect");
    return NULL;
  }
  if (send(fd, "hi6", 3, 0) != 3)
    perror("send");
  ssize_t n = recv(fd, reply, 31, 0);
  if (n > 0)
    reply[n] = '\0';
  close(fd);
  return NULL;
}

int main(void) {
  int ls = socket(AF_INET6, SOCK_STREAM, 0);
  if (ls < 0 && (errno == EAFNOSUPPORT || errno == EPROTONOSUPPORT)) {
    printf("IPv6 unsupported: skipping\n");
    return 0;
  }
  if (ls < 0) {
    perror("socket");
    return 1;
  }
  int one = 1;
  setsockopt(ls, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
  setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  srv.sin6_family = AF_INET6;
  srv.sin6_addr = in6addr_loopback;
  if (bind(ls, (struct sockaddr *)&srv, sizeof srv) != 0) {
    if (errno == EADDRNOTAVAIL) {
      printf("no ::1 on this host: skipping\n");
      close(ls);
      return 0;
    }
    perror("bind");
    return 1;
  }
  socklen_t len = sizeof srv;
  getsockname(ls, (struct sockaddr *)&srv, &len);
  if (listen(ls, 4) != 0) {
    perror("listen");
    return 1;
  }
  char text[INET6_ADDRSTRLEN];
  printf("listening on [%s]:%u\n",
         inet_ntop(AF_INET6, &srv.sin6_addr, text, sizeof text),
         ntohs(srv.sin6_port));

  char reply[32] = "";
  pthread_t t;
  pthread_create(&t, NULL, client, reply);
  struct sockaddr_in6 peer;
  socklen_t pl = sizeof peer;
  int c = accept(ls, (struct sockaddr *)&peer, &pl);
  if (c < 0) {
    perror("accept");
    return 1;
  }
  char buf[8] = "";
  ssize_t n = recv(c, buf, sizeof buf - 1, 0);
  if (n > 0)
    buf[n] = '\0';
  if (send(c, "hello over IPv6", 15, 0) != 15)
    perror("send");
  close(c);
  pthread_join(t, NULL);
  close(ls);
  printf("peer [%s] sent '%s', client got '%s'\n",
         inet_ntop(AF_INET6, &peer.sin6_addr, text, sizeof text), buf, reply);
  return (strcmp(buf, "hi6") == 0 && strcmp(reply, "hello over IPv6") == 0) ? 0
                                                                            : 1;
}
