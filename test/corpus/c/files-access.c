/* Probe whether paths exist and are readable/writable/executable with access
 * and faccessat, as installers check prerequisites. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

struct probe {
  const char *path;
  int mode;
  const char *what;
};

static const char *mode_name(int m) {
  static char buf[8];
  if (m == F_OK)
    return "exists";
  snprintf(buf, sizeof buf, "%s%s%s", m & R_OK ? "r" : "", m & W_OK ? "w" : "",
           m & X_OK ? "x" : "");
  return buf;
}

int main(void) {
  char dir[] = "/tmp/access.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char f[64];
  snprintf(f, sizeof f, "%s/script", dir);
  int fd = open(f, O_CREAT | O_WRONLY, 0700);
  if (fd < 0) {
    perror("open");
    return 1;
  }
  close(fd);

  struct probe probes[] = {
      {"/", F_OK, "root dir"},
      {"/dev/null", R_OK | W_OK, "null device"},
      {f, R_OK | W_OK | X_OK, "own script"},
      {"/definitely/not/here", F_OK, "missing"},
  };
  int results[4];
  for (int i = 0; i < 4; i++) {
    results[i] = access(probes[i].path, probes[i].mode);
    printf("%-12s %-8s %s%s\n", probes[i].what, mode_name(probes[i].mode),
           results[i] == 0 ? "yes" : "no: ",
           results[i] == 0 ? "" : strerror(errno));
  }
  int dfd = open(dir, O_RDONLY | O_DIRECTORY);
  int at = faccessat(dfd, "script", X_OK, AT_EACCESS);
  printf("faccessat relative: %d\n", at);
  close(dfd);
  unlink(f);
  rmdir(dir);
  return (results[0] == 0 && results[1] == 0 && results[2] == 0 &&
          results[3] != 0 && at == 0)
             ? 0
             : 1;
}
