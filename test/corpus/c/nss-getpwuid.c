/* Look up the invoking user's passwd entry with getpwuid_r (buffer sized by
 * sysconf, grown on ERANGE) to find the home directory, as shells and tools do.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <pwd.h>
#include <unistd.h>

static int lookup_uid(uid_t uid, struct passwd *pw, char **buf) {
  long sz = sysconf(_SC_GETPW_R_SIZE_MAX);
  size_t len = sz > 0 ? (size_t)sz : 1024;
  for (;;) {
    *buf = malloc(len);
    if (!*buf)
      return ENOMEM;
    struct passwd *res = NULL;
    int err = getpwuid_r(uid, pw, *buf, len, &res);
    if (err == 0 && res)
      return 0;
    free(*buf);
    *buf = NULL;
    if (err != ERANGE)
      return err ? err : ENOENT;
    len *= 2;
  }
}

static const char *home_dir(void) {
  const char *h = getenv("HOME");
  if (h && *h)
    return h;
  struct passwd *pw =
      getpwuid(getuid()); /* non-reentrant variant as fallback */
  return pw ? pw->pw_dir : "/";
}

int main(void) {
  uid_t me = getuid();
  struct passwd pw;
  char *buf;
  int err = lookup_uid(me, &pw, &buf);
  if (err == 0) {
    printf("uid %u is %s, home %s, shell %s\n", (unsigned)me, pw.pw_name,
           pw.pw_dir, pw.pw_shell);
    free(buf);
  } else {
    printf("uid %u has no passwd entry (%s)\n", (unsigned)me, strerror(err));
  }
  printf("home directory resolves to %s\n", home_dir());

  err = lookup_uid(0, &pw, &buf);
  if (err != 0) {
    fprintf(stderr, "uid 0: %s\n", strerror(err));
    return 1;
  }
  printf("uid 0 is %s\n", pw.pw_name);
  int ok = strcmp(pw.pw_name, "root") == 0 && pw.pw_gid == 0;
  free(buf);
  return ok ? 0 : 1;
}
