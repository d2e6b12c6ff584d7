/* List a directory with opendir/readdir/closedir, classifying entries by d_type
 * with an lstat fallback, as ls and file managers do. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

struct counts {
  int files, dirs, links, other;
};

static void classify(const char *dir, struct dirent *de, struct counts *c) {
  unsigned char t = de->d_type;
  if (t == DT_UNKNOWN) { /* some filesystems do not fill d_type */
    char p[512];
    struct stat st;
    snprintf(p, sizeof p, "%s/%s", dir, de->d_name);
    if (lstat(p, &st) != 0)
      return;
    t = S_ISDIR(st.st_mode)   ? DT_DIR
        : S_ISLNK(st.st_mode) ? DT_LNK
        : S_ISREG(st.st_mode) ? DT_REG
                              : DT_UNKNOWN;
  }
  switch (t) {
  case DT_REG:
    c->files++;
    break;
  case DT_DIR:
    c->dirs++;
    break;
  case DT_LNK:
    c->links++;
    break;
  default:
    c->other++;
    break;
  }
}

static int scan(const char *path, struct counts *c) {
  DIR *d = opendir(path);
  if (!d) {
    perror(path);
    return -1;
  }
  struct dirent *de;
  errno = 0;
  while ((de = readdir(d)) != NULL) {
    if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
      continue;
    classify(path, de, c);
  }
  if (errno != 0)
    perror("readdir");
  closedir(d);
  return 0;
}

int main(void) {
  char dir[] = "/tmp/lsdemo.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char p[128];
  for (int i = 0; i < 5; i++) {
    snprintf(p, sizeof p, "%s/file%d", dir, i);
    int fd = open(p, O_CREAT | O_WRONLY, 0644);
    if (fd >= 0)
      close(fd);
  }
  snprintf(p, sizeof p, "%s/sub", dir);
  mkdir(p, 0755);
  snprintf(p, sizeof p, "%s/lnk", dir);
  symlink("file0", p);

  struct counts c = {0, 0, 0, 0};
  if (scan(dir, &c) != 0)
    return 1;
  printf("files=%d dirs=%d links=%d other=%d\n", c.files, c.dirs, c.links,
         c.other);

  for (int i = 0; i < 5; i++) {
    snprintf(p, sizeof p, "%s/file%d", dir, i);
    unlink(p);
  }
  snprintf(p, sizeof p, "%s/sub", dir);
  rmdir(p);
  snprintf(p, sizeof p, "%s/lnk", dir);
  unlink(p);
  rmdir(dir);
  return (c.files == 5 && c.dirs == 1 && c.links == 1 && c.other == 0) ? 0 : 1;
}
