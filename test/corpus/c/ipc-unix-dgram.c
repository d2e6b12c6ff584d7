/* Exchange datagrams over AF_UNIX SOCK_DGRAM sockets bound to paths, replying
 * to the sender address from recvfrom, as syslog-style local services do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/time.h>

static int bind_dgram(const char *path, struct sockaddr_un *a) {
  int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
  if (fd < 0)
    return -1;
  memset(a, 0, sizeof *a);
  a->sun_family = AF_UNIX;
  snprintf(a->sun_path, sizeof a->sun_path, "%s", path);
  if (bind(fd, (struct sockaddr *)a, sizeof *a) != 0) {
    close(fd);
    return -1;
  }
  struct timeval tv = {2, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv,
             sizeof tv); /* never hang forever */
  return fd;
}

int main(void) {
  char dir[] = "/tmp/udgram.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char spath[96], cpath[96];
  snprintf(spath, sizeof spath, "%s/server", dir);
  snprintf(cpath, sizeof cpath, "%s/client", dir);
  struct sockaddr_un saddr, caddr;
  int srv = bind_dgram(spath, &saddr), cli = bind_dgram(cpath, &caddr);
  if (srv < 0 || cli < 0) {
    perror("bind_dgram");
    return 1;
  }

  int ok = 1;
  for (int i = 0; i < 3; i++) {
    char msg[32];
    int len = snprintf(msg, sizeof msg, "metric.%d:%d|c", i, i * 10);
    if (sendto(cli, msg, (size_t)len, 0, (struct sockaddr *)&saddr,
               sizeof saddr) != len) {
      perror("sendto");
      return 1;
    }

    char buf[64];
    struct sockaddr_un from;
    socklen_t fl = sizeof from;
    ssize_t n =
        recvfrom(srv, buf, sizeof buf - 1, 0, (struct sockaddr *)&from, &fl);
    if (n < 0) {
      perror("recvfrom");
      return 1;
    }
    buf[n] = '\0';
    if (sendto(srv, "ack", 3, 0, (struct sockaddr *)&from, fl) != 3) {
      perror("sendto reply");
      return 1;
    }

    char ack[8] = "";
    ssize_t a = recv(cli, ack, sizeof ack - 1, 0);
    printf("server got '%s' from %s, client got %.*s\n", buf, from.sun_path,
           (int)(a > 0 ? a : 0), ack);
    ok &= strcmp(from.sun_path, cpath) == 0 && a == 3;
  }
  close(srv);
  close(cli);
  unlink(spath);
  unlink(cpath);
  rmdir(dir);
  return ok ? 0 : 1;
}
