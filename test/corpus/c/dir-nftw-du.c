/* Walk a directory tree with nftw and a callback to total sizes (du-like), then
 * remove it depth-first with FTW_DEPTH (rm -r-like). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ftw.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

static long long total_bytes;
static int nfiles, ndirs, maxdepth;

static int account(const char *path, const struct stat *sb, int type,
                   struct FTW *ftw) {
  (void)path;
  if (type == FTW_F) {
    total_bytes += sb->st_size;
    nfiles++;
  } else if (type == FTW_D)
    ndirs++;
  if (ftw->level > maxdepth)
    maxdepth = ftw->level;
  return FTW_CONTINUE;
}

static int remove_entry(const char *path, const struct stat *sb, int type,
                        struct FTW *ftw) {
  (void)sb;
  (void)ftw;
  int rc = (type == FTW_DP) ? rmdir(path) : unlink(path);
  if (rc != 0)
    perror(path);
  return rc;
}

static void make_file(const char *path, size_t size) {
  int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd < 0) {
    perror(path);
    return;
  }
  char buf[100] = {0};
  while (size > 0) {
    size_t n = size < sizeof buf ? size : sizeof buf;
    if (write(fd, buf, n) < 0)
      break;
    size -= n;
  }
  close(fd);
}

int main(void) {
  char root[] = "/tmp/nftw.XXXXXX";
  if (!mkdtemp(root)) {
    perror("mkdtemp");
    return 1;
  }
  char p[256];
  const char *dirs[] = {"a", "a/b", "a/b/c", "d"};
  for (int i = 0; i < 4; i++) {
    snprintf(p, sizeof p, "%s/%s", root, dirs[i]);
    mkdir(p, 0755);
  }
  const char *files[] = {"top.txt", "a/one", "a/b/two", "a/b/c/three",
                         "d/four"};
  for (int i = 0; i < 5; i++) {
    snprintf(p, sizeof p, "%s/%s", root, files[i]);
    make_file(p, 100u * (i + 1));
  }

  if (nftw(root, account, 16, FTW_PHYS | FTW_ACTIONRETVAL) != 0) {
    perror("nftw");
    return 1;
  }
  printf("%d files, %d dirs, %lld bytes, max depth %d\n", nfiles, ndirs,
         total_bytes, maxdepth);

  if (nftw(root, remove_entry, 16, FTW_DEPTH | FTW_PHYS) != 0) {
    perror("nftw remove");
    return 1;
  }
  int gone = access(root, F_OK) != 0;
  printf("tree removed: %s\n", gone ? "yes" : "no");
  return (nfiles == 5 && ndirs == 5 && total_bytes == 1500 && maxdepth == 4 &&
          gone)
             ? 0
             : 1;
}
