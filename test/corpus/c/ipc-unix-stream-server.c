/* A Unix-domain stream server bound to a path in a temp directory, serving a
 * client thread and identifying it with SO_PEERCRED, as local daemons (docker,
 * systemd) do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/un.h>

static struct sockaddr_un addr;

static void *client(void *arg) {
  int *result = arg;
  int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0 || connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
    perror("connect");
    return NULL;
  }
  const char *cmds[] = {"PING\n", "TIME\n", "QUIT\n"};
  char buf[64];
  for (int i = 0; i < 3; i++) {
    if (write(fd, cmds[i], strlen(cmds[i])) < 0)
      break;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    if (n <= 0)
      break;
    buf[n] = '\0';
    printf("client got: %s", buf);
    (*result)++;
  }
  close(fd);
  return NULL;
}

static void serve(int conn) {
  struct ucred cred;
  socklen_t len = sizeof cred;
  if (getsockopt(conn, SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0)
    printf("server: peer pid %d uid %u\n", (int)cred.pid, (unsigned)cred.uid);
  char buf[64];
  ssize_t n;
  while ((n = read(conn, buf, sizeof buf)) > 0) {
    const char *reply = !strncmp(buf, "PING", 4)   ? "PONG\n"
                        : !strncmp(buf, "TIME", 4) ? "NOW\n"
                                                   : "BYE\n";
    if (write(conn, reply, strlen(reply)) < 0)
      break;
    if (!strncmp(buf, "QUIT", 4))
      break;
  }
}

int main(void) {
  char dir[] = "/tmp/usock.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  addr.sun_family = AF_UNIX;
  snprintf(addr.sun_path, sizeof addr.sun_path, "%s/control.sock", dir);
  int ls = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (ls < 0) {
    perror("socket");
    return 1;
  }
  unlink(addr.sun_path); /* stale socket from a previous run */
  if (bind(ls, (struct sockaddr *)&addr, sizeof addr) != 0 ||
      listen(ls, 8) != 0) {
    perror("bind/listen");
    return 1;
  }

  int replies = 0;
  pthread_t t;
  pthread_create(&t, NULL, client, &replies);
  int conn = accept4(ls, NULL, NULL, SOCK_CLOEXEC);
  if (conn < 0) {
    perror("accept4");
    return 1;
  }
  serve(conn);
  close(conn);
  pthread_join(t, NULL);
  close(ls);
  unlink(addr.sun_path);
  rmdir(dir);
  printf("%d replies\n", replies);
  return replies == 3 ? 0 : 1;
}
