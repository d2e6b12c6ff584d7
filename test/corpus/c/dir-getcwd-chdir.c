/* Save the working directory with getcwd, chdir into a work area, use relative
 * paths, and return, as build tools switch directories. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

static char *current_dir(void) {
  size_t size = 16;
  for (;;) {
    char *buf = malloc(size);
    if (!buf)
      return NULL;
    if (getcwd(buf, size))
      return buf;
    free(buf);
    if (errno != ERANGE)
      return NULL;
    size *= 2; /* grow until it fits */
  }
}

int main(void) {
  char *orig = current_dir();
  if (!orig) {
    perror("getcwd");
    return 1;
  }
  char work[] = "/tmp/cwd.XXXXXX";
  if (!mkdtemp(work)) {
    perror("mkdtemp");
    return 1;
  }
  if (chdir(work) != 0) {
    perror("chdir");
    return 1;
  }

  if (mkdir("out", 0755) != 0 || chdir("out") != 0) {
    perror("mkdir/chdir out");
    return 1;
  }
  int fd = open("result.txt", O_CREAT | O_WRONLY, 0644);
  if (fd < 0) {
    perror("open");
    return 1;
  }
  close(fd);
  char *here = get_current_dir_name();
  if (chdir("..") != 0) {
    perror("chdir ..");
    return 1;
  }
  int exists = access("out/result.txt", F_OK) == 0;

  char real_work[PATH_MAX];
  if (!realpath(work, real_work)) {
    perror("realpath");
    return 1;
  }
  printf("worked in %s, file exists=%d\n", here, exists);
  int ok = here && strncmp(here, real_work, strlen(real_work)) == 0 && exists;

  unlink("out/result.txt");
  rmdir("out");
  if (chdir(orig) != 0) {
    perror("chdir back");
    return 1;
  }
  char *back = current_dir();
  ok = ok && back && strcmp(back, orig) == 0;
  printf("returned to %s\n", back ? back : "?");
  rmdir(work);
  free(orig);
  free(here);
  free(back);
  return ok ? 0 : 1;
}
