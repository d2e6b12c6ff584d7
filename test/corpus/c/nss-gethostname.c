/* Get the machine's host name with gethostname (checking truncation) and
 * compare with uname's nodename, as logging and metrics code tags records. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include <sys/utsname.h>

static char *host_name(void) {
  long max = sysconf(_SC_HOST_NAME_MAX);
  size_t len = (max > 0 ? (size_t)max : HOST_NAME_MAX) + 1;
  char *buf = malloc(len);
  if (!buf)
    return NULL;
  if (gethostname(buf, len) != 0) {
    free(buf);
    return NULL;
  }
  buf[len - 1] = '\0'; /* POSIX does not promise termination on truncation */
  return buf;
}

int main(void) {
  char *name = host_name();
  if (!name) {
    perror("gethostname");
    return 1;
  }
  struct utsname u;
  if (uname(&u) != 0) {
    perror("uname");
    return 1;
  }
  char small[2];
  int trunc = gethostname(small, sizeof small);
  int trunc_err = errno;
  char domain[256] = "";
  if (getdomainname(domain, sizeof domain) != 0)
    perror("getdomainname");

  printf("hostname: %s (uname nodename %s), domain '%s'\n", name, u.nodename,
         domain);
  printf("tiny buffer: rc=%d%s\n", trunc,
         trunc ? (trunc_err == ENAMETOOLONG ? " ENAMETOOLONG" : " other") : "");
  int ok = *name && strcmp(name, u.nodename) == 0;
  free(name);
  return ok ? 0 : 1;
}
