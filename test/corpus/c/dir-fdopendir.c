/* Iterate a directory opened with openat via fdopendir, using dirfd and
 * rewinddir/telldir/seekdir, as recursive walkers avoid path rebuilding. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

static long sum_sizes(DIR *d) {
  long total = 0;
  struct dirent *de;
  while ((de = readdir(d)) != NULL) {
    if (de->d_name[0] == '.')
      continue;
    struct stat st;
    if (fstatat(dirfd(d), de->d_name, &st, 0) == 0)
      total += st.st_size;
  }
  return total;
}

int main(void) {
  char root[] = "/tmp/fdopendir.XXXXXX";
  if (!mkdtemp(root)) {
    perror("mkdtemp");
    return 1;
  }
  int rfd = open(root, O_RDONLY | O_DIRECTORY);
  for (int i = 1; i <= 4; i++) {
    char name[16];
    snprintf(name, sizeof name, "f%d", i);
    int fd = openat(rfd, name, O_CREAT | O_WRONLY, 0644);
    if (fd < 0) {
      perror("openat");
      return 1;
    }
    for (int j = 0; j < i; j++)
      if (write(fd, "0123456789", 10) != 10)
        perror("write");
    close(fd);
  }
  int dfd = openat(rfd, ".", O_RDONLY | O_DIRECTORY);
  DIR *d = fdopendir(dfd); /* DIR now owns dfd */
  if (!d) {
    perror("fdopendir");
    return 1;
  }
  long first = sum_sizes(d);
  rewinddir(d);
  long pos = telldir(d);
  long second = sum_sizes(d);
  seekdir(d, pos);
  int entries = 0;
  while (readdir(d))
    entries++;
  closedir(d);

  printf("sizes %ld / %ld, %d entries incl. dot entries\n", first, second,
         entries);
  for (int i = 1; i <= 4; i++) {
    char name[16];
    snprintf(name, sizeof name, "f%d", i);
    unlinkat(rfd, name, 0);
  }
  close(rfd);
  rmdir(root);
  return (first == 100 && second == 100 && entries == 6) ? 0 : 1;
}
