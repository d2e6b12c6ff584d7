/* Create symbolic links and resolve them with readlink (growing the buffer) and
 * lstat vs stat, as package managers do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <sys/stat.h>

static char *read_link(const char *path) {
  size_t cap = 8;
  for (;;) {
    char *buf = malloc(cap);
    if (!buf)
      return NULL;
    ssize_t n = readlink(path, buf, cap);
    if (n < 0) {
      free(buf);
      return NULL;
    }
    if ((size_t)n < cap) {
      buf[n] = '\0';
      return buf;
    }
    free(buf);
    cap *= 2; /* possibly truncated: retry larger */
  }
}

int main(void) {
  char dir[] = "/tmp/symlinks.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  if (chdir(dir) != 0) {
    perror("chdir");
    return 1;
  }

  if (mkdir("releases-v1.2.3-long-directory-name", 0755) != 0) {
    perror("mkdir");
    return 1;
  }
  if (symlink("releases-v1.2.3-long-directory-name", "current") != 0) {
    perror("symlink");
    return 1;
  }
  if (symlink("does-not-exist", "dangling") != 0) {
    perror("symlink");
    return 1;
  }

  char *target = read_link("current");
  if (!target) {
    perror("readlink");
    return 1;
  }
  struct stat ls, ss;
  int ok = lstat("current", &ls) == 0 && S_ISLNK(ls.st_mode) &&
           stat("current", &ss) == 0 && S_ISDIR(ss.st_mode);
  int dangling = stat("dangling", &ss) != 0 && errno == ENOENT &&
                 lstat("dangling", &ls) == 0;
  int notlink =
      readlink("releases-v1.2.3-long-directory-name", (char[8]){0}, 8) < 0 &&
      errno == EINVAL;

  printf("current -> %s (types ok=%d, dangling=%d, EINVAL on dir=%d)\n", target,
         ok, dangling, notlink);
  ok = ok && dangling && notlink &&
       strcmp(target, "releases-v1.2.3-long-directory-name") == 0;
  free(target);
  unlink("current");
  unlink("dangling");
  rmdir("releases-v1.2.3-long-directory-name");
  if (chdir("/") != 0)
    perror("chdir /");
  rmdir(dir);
  return ok ? 0 : 1;
}
