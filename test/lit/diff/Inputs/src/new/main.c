/* shipper, version 2: names itself, sends the line to a collector socket and
   lets the caller pick the terminal request. */
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static int terminal_query(unsigned long request, void *out) {
  return ioctl(STDOUT_FILENO, request, out);
}

static int connect_collector(void) {
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  struct sockaddr_un addr = {.sun_family = AF_UNIX,
                             .sun_path = "/run/collector.sock"};
  if (connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0)
    return -1;
  return fd;
}

int main(int argc, char **argv) {
  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  prctl(PR_SET_NAME, "shipper", 0, 0, 0);
  char line[256];
  ssize_t n = read(STDIN_FILENO, line, sizeof line);
  int fd = connect_collector();
  if (n > 0 && fd >= 0)
    write(fd, line, n);
  if (argc > 1)
    terminal_query(strtoul(argv[1], NULL, 0), line);
  return 0;
}
