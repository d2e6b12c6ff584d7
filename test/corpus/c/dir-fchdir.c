/* Remember the current directory as an open descriptor and come back with
 * fchdir, the robust way to return after chdir. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <fcntl.h>
#include <unistd.h>

static int with_directory(const char *dir, int (*fn)(void *), void *arg) {
  int saved = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (saved < 0) {
    perror("open .");
    return -1;
  }
  if (chdir(dir) != 0) {
    perror("chdir");
    close(saved);
    return -1;
  }
  int rc = fn(arg);
  if (fchdir(saved) != 0) {
    perror("fchdir");
    rc = -1;
  }
  close(saved);
  return rc;
}

static int create_marker(void *arg) {
  const char *name = arg;
  int fd = open(name, O_CREAT | O_WRONLY, 0644);
  if (fd < 0) {
    perror("open marker");
    return -1;
  }
  close(fd);
  return 0;
}

int main(void) {
  char before[PATH_MAX], after[PATH_MAX];
  if (!getcwd(before, sizeof before)) {
    perror("getcwd");
    return 1;
  }
  char dir[] = "/tmp/fchdir.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }

  int rc = with_directory(dir, create_marker, "marker");
  if (!getcwd(after, sizeof after)) {
    perror("getcwd");
    return 1;
  }

  int dfd = open(dir, O_RDONLY | O_DIRECTORY);
  int found = dfd >= 0 && faccessat(dfd, "marker", F_OK, 0) == 0;
  printf("callback rc=%d, back in original dir=%d, marker found=%d\n", rc,
         strcmp(before, after) == 0, found);
  unlinkat(dfd, "marker", 0);
  close(dfd);
  rmdir(dir);
  return (rc == 0 && strcmp(before, after) == 0 && found) ? 0 : 1;
}
