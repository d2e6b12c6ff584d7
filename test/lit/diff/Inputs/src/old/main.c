/* shipper, version 1: reads a line, forks a helper sized to the terminal. */
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <unistd.h>

static int terminal_width(void) {
  struct winsize ws;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0)
    return 80;
  return ws.ws_col;
}

int main(void) {
  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  char line[256];
  ssize_t n = read(STDIN_FILENO, line, sizeof line);
  if (n > 0 && fork() == 0)
    _exit(terminal_width());
  return 0;
}
