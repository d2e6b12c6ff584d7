/* Read a command's output through popen(), line by line, and check its exit
 * status with pclose(): a program that asks the system about itself. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

int main(void) {
  FILE *p = popen("uname -s; ls -1d /", "r");
  if (!p) {
    perror("popen");
    return 1;
  }
  char line[256];
  int lines = 0, linux_seen = 0;
  while (fgets(line, sizeof line, p)) {
    ++lines;
    if (strcmp(line, "Linux\n") == 0)
      linux_seen = 1;
  }
  int status = pclose(p);
  printf("%d lines, status %d\n", lines, status);
  return !(lines == 2 && linux_seen && WIFEXITED(status) &&
           WEXITSTATUS(status) == 0);
}
