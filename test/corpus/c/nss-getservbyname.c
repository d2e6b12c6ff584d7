/* Map service names to ports and back with getservbyname/getservbyport (and the
 * _r variant), as servers accept "http" instead of 80. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <netdb.h>
#include <arpa/inet.h>

static int service_port(const char *spec, const char *proto) {
  char *end;
  long n = strtol(spec, &end, 10);
  if (*end == '\0' && n > 0 && n < 65536)
    return (int)n; /* numeric already */
  struct servent *se = getservbyname(spec, proto);
  return se ? ntohs((unsigned short)se->s_port) : -1;
}

int main(void) {
  const char *specs[] = {"http", "ssh", "8443", "domain", "no-such-service"};
  int ports[5];
  for (int i = 0; i < 5; i++) {
    ports[i] = service_port(specs[i], "tcp");
    printf("%-16s -> %d\n", specs[i], ports[i]);
  }
  struct servent *se = getservbyport(htons(80), "tcp");
  printf("port 80/tcp is '%s'", se ? se->s_name : "?");
  if (se)
    for (char **a = se->s_aliases; *a; a++)
      printf(" alias %s", *a);
  putchar('\n');

  struct servent sbuf, *res = NULL;
  char buf[1024];
  int err = getservbyname_r("domain", "udp", &sbuf, buf, sizeof buf, &res);
  printf("domain/udp via _r: %d\n",
         res ? ntohs((unsigned short)sbuf.s_port) : -1);
  return (ports[0] == 80 && ports[1] == 22 && ports[2] == 8443 &&
          ports[4] == -1 && se && err == 0 && res)
             ? 0
             : 1;
}
