/* Look up IP protocol numbers with getprotobyname/getprotobynumber and create a
 * socket with the result, as older network code does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <netdb.h>
#include <unistd.h>
#include <sys/socket.h>

static int proto_number(const char *name) {
  struct protoent *p = getprotobyname(name);
  if (!p) {
    fprintf(stderr, "unknown protocol %s\n", name);
    return -1;
  }
  return p->p_proto;
}

int main(void) {
  int tcp = proto_number("tcp"), udp = proto_number("udp"),
      icmp = proto_number("icmp");
  printf("tcp=%d udp=%d icmp=%d\n", tcp, udp, icmp);
  struct protoent *p = getprotobynumber(17);
  printf("protocol 17 is %s\n", p ? p->p_name : "?");

  int s = socket(AF_INET, SOCK_DGRAM, udp);
  if (s < 0) {
    perror("socket");
    return 1;
  }
  close(s);

  int n = 0;
  setprotoent(1);
  while (getprotoent())
    n++;
  endprotoent();
  printf("%d entries in protocol database\n", n);
  return (tcp == 6 && udp == 17 && icmp == 1 && p &&
          strcmp(p->p_name, "udp") == 0 && n > 3)
             ? 0
             : 1;
}
