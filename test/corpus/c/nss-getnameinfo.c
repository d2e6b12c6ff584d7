/* Turn socket addresses back into text with getnameinfo (numeric and name
 * lookup for 127.0.0.1 and ::1), as servers log peer addresses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <netdb.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

static int describe(const struct sockaddr *sa, socklen_t len, int flags,
                    char *out, size_t outlen) {
  char host[NI_MAXHOST], serv[NI_MAXSERV];
  int rc = getnameinfo(sa, len, host, sizeof host, serv, sizeof serv, flags);
  if (rc != 0) {
    snprintf(out, outlen, "<%s>", gai_strerror(rc));
    return -1;
  }
  snprintf(out, outlen, sa->sa_family == AF_INET6 ? "[%s]:%s" : "%s:%s", host,
           serv);
  return 0;
}

int main(void) {
  struct sockaddr_in v4 = {.sin_family = AF_INET, .sin_port = htons(8080)};
  inet_pton(AF_INET, "127.0.0.1", &v4.sin_addr);
  struct sockaddr_in6 v6 = {.sin6_family = AF_INET6, .sin6_port = htons(443)};
  v6.sin6_addr = in6addr_loopback;

  char a[128], b[128], c[128];
  int r1 = describe((struct sockaddr *)&v4, sizeof v4,
                    NI_NUMERICHOST | NI_NUMERICSERV, a, sizeof a);
  int r2 = describe((struct sockaddr *)&v6, sizeof v6,
                    NI_NUMERICHOST | NI_NUMERICSERV, b, sizeof b);
  int r3 = describe((struct sockaddr *)&v4, sizeof v4, NI_NUMERICSERV, c,
                    sizeof c); /* reverse lookup via hosts file */
  printf("numeric v4: %s\nnumeric v6: %s\nnamed v4:   %s\n", a, b, c);

  struct sockaddr_in bad = {.sin_family = AF_INET};
  char d[128];
  int r4 = describe((struct sockaddr *)&bad, sizeof bad,
                    NI_NUMERICHOST | NI_NUMERICSERV, d, sizeof d);
  printf("0.0.0.0:0 -> %s\n", d);
  return (r1 == 0 && r2 == 0 && r3 == 0 && r4 == 0 &&
          strcmp(a, "127.0.0.1:8080") == 0 && strcmp(b, "[::1]:443") == 0)
             ? 0
             : 1;
}
