/* Resolve "localhost" with getaddrinfo (AF_UNSPEC, SOCK_STREAM, AI_ADDRCONFIG
 * off) and connect to a local listener trying each address, as clients do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <netdb.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

static int listen_loopback(unsigned short *port) {
  int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  struct sockaddr_in a = {.sin_family = AF_INET,
                          .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t len = sizeof a;
  if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof a) < 0 ||
      listen(s, 4) < 0 || getsockname(s, (struct sockaddr *)&a, &len) < 0) {
    perror("listen");
    return -1;
  }
  *port = ntohs(a.sin_port);
  return s;
}

static int connect_host(const char *host, const char *service, int *tried) {
  struct addrinfo hints, *res, *ai;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_NUMERICSERV;
  int rc = getaddrinfo(host, service, &hints, &res);
  if (rc != 0) {
    fprintf(stderr, "getaddrinfo: %s\n", gai_strerror(rc));
    return -1;
  }
  int fd = -1;
  for (ai = res; ai; ai = ai->ai_next) {
    char addr[INET6_ADDRSTRLEN];
    void *p = ai->ai_family == AF_INET
                  ? (void *)&((struct sockaddr_in *)ai->ai_addr)->sin_addr
                  : (void *)&((struct sockaddr_in6 *)ai->ai_addr)->sin6_addr;
    inet_ntop(ai->ai_family, p, addr, sizeof addr);
    printf("trying %s (%s)\n", addr,
           ai->ai_family == AF_INET ? "IPv4" : "IPv6");
    (*tried)++;
    fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd < 0)
      continue;
    if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
      break;
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

int main(void) {
  unsigned short port;
  int ls = listen_loopback(&port);
  if (ls < 0)
    return 1;
  char service[8];
  snprintf(service, sizeof service, "%u", port);
  int tried = 0;
  int fd = connect_host("localhost", service, &tried);
  if (fd < 0) {
    fprintf(stderr, "could not connect to localhost:%s\n", service);
    return 1;
  }
  int peer = accept(ls, NULL, NULL);
  printf("connected after %d attempt(s), accepted=%d\n", tried, peer >= 0);
  const char *bad = gai_strerror(EAI_NONAME);
  printf("gai_strerror(EAI_NONAME) = %s\n", bad);
  close(fd);
  close(peer);
  close(ls);
  return peer >= 0 ? 0 : 1;
}
