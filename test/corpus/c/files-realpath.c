/* Canonicalise paths with realpath (resolving ., .., and symlinks), both into a
 * caller buffer and a malloc'd result. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include <sys/stat.h>

int main(void) {
  char base[] = "/tmp/realpath.XXXXXX";
  if (!mkdtemp(base)) {
    perror("mkdtemp");
    return 1;
  }
  char canon_base[PATH_MAX];
  if (!realpath(base, canon_base)) {
    perror("realpath base");
    return 1;
  }

  char d1[PATH_MAX], d2[PATH_MAX], lnk[PATH_MAX];
  snprintf(d1, sizeof d1, "%s/a", base);
  snprintf(d2, sizeof d2, "%s/a/b", base);
  snprintf(lnk, sizeof lnk, "%s/shortcut", base);
  if (mkdir(d1, 0755) || mkdir(d2, 0755)) {
    perror("mkdir");
    return 1;
  }
  if (symlink("a/b", lnk) != 0) {
    perror("symlink");
    return 1;
  }

  char messy[PATH_MAX];
  snprintf(messy, sizeof messy, "%s/./a/../shortcut/../b/.", base);
  char *resolved = realpath(messy, NULL);
  if (!resolved) {
    perror("realpath");
    return 1;
  }
  char want[PATH_MAX + 16];
  snprintf(want, sizeof want, "%s/a/b", canon_base);
  printf("%s\n  -> %s\n", messy, resolved);
  int ok = strcmp(resolved, want) == 0;
  free(resolved);

  char missing[PATH_MAX];
  snprintf(missing, sizeof missing, "%s/nope/x", base);
  char out[PATH_MAX];
  int enoent = realpath(missing, out) == NULL && errno == ENOENT;
  printf("missing path gives ENOENT: %d\n", enoent);

  unlink(lnk);
  rmdir(d2);
  rmdir(d1);
  rmdir(base);
  return ok && enoent ? 0 : 1;
}
