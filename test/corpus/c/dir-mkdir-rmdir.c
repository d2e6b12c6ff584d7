/* Create nested directories like mkdir -p (tolerating EEXIST) and remove them
 * bottom-up with rmdir, checking ENOTEMPTY. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

static int mkdir_p(const char *path, mode_t mode) {
  char tmp[512];
  snprintf(tmp, sizeof tmp, "%s", path);
  for (char *p = tmp + 1; *p; p++) {
    if (*p != '/')
      continue;
    *p = '\0';
    if (mkdir(tmp, mode) != 0 && errno != EEXIST)
      return -1;
    *p = '/';
  }
  if (mkdir(tmp, mode) != 0 && errno != EEXIST)
    return -1;
  return 0;
}

static int rmdir_up(char *path, const char *stop) {
  int removed = 0;
  while (strcmp(path, stop) != 0) {
    if (rmdir(path) != 0) {
      perror(path);
      return -1;
    }
    removed++;
    char *slash = strrchr(path, '/');
    if (!slash)
      break;
    *slash = '\0';
  }
  return removed;
}

int main(void) {
  char base[] = "/tmp/mkdirp.XXXXXX";
  if (!mkdtemp(base)) {
    perror("mkdtemp");
    return 1;
  }
  char deep[512];
  snprintf(deep, sizeof deep, "%s/var/lib/app/cache/v2", base);
  if (mkdir_p(deep, 0755) != 0) {
    perror("mkdir_p");
    return 1;
  }
  if (mkdir_p(deep, 0755) != 0) {
    perror("mkdir_p again");
    return 1;
  } /* idempotent */

  char file[600];
  snprintf(file, sizeof file, "%s/blob", deep);
  int fd = open(file, O_CREAT | O_WRONLY, 0644);
  if (fd >= 0)
    close(fd);
  int notempty = rmdir(deep) != 0 && errno == ENOTEMPTY;
  unlink(file);

  int dupe = mkdir(deep, 0755) != 0 && errno == EEXIST;
  int removed = rmdir_up(deep, base);
  printf("ENOTEMPTY=%d EEXIST=%d removed %d levels\n", notempty, dupe, removed);
  rmdir(base);
  return (notempty && dupe && removed == 5) ? 0 : 1;
}
