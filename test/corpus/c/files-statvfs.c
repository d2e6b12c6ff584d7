/* Check free space on the filesystem holding a path with statvfs and fstatvfs
 * before writing, as package managers do. */
#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/statvfs.h>

struct space {
  unsigned long long total, avail;
  unsigned long bsize;
  int readonly;
};

static int query(const char *path, struct space *s) {
  struct statvfs v;
  if (statvfs(path, &v) != 0) {
    perror(path);
    return -1;
  }
  s->bsize = v.f_frsize ? v.f_frsize : v.f_bsize;
  s->total = (unsigned long long)v.f_blocks * s->bsize;
  s->avail = (unsigned long long)v.f_bavail * s->bsize;
  s->readonly = (v.f_flag & ST_RDONLY) != 0;
  return 0;
}

static const char *human(unsigned long long b, char *buf, size_t n) {
  const char *u[] = {"B", "K", "M", "G", "T"};
  int i = 0;
  double d = (double)b;
  while (d >= 1024 && i < 4) {
    d /= 1024;
    i++;
  }
  snprintf(buf, n, "%.1f%s", d, u[i]);
  return buf;
}

int main(void) {
  struct space s;
  if (query("/tmp", &s) != 0)
    return 1;
  char a[32], b[32];
  printf("/tmp: %s total, %s available, block %lu, %s\n",
         human(s.total, a, sizeof a), human(s.avail, b, sizeof b), s.bsize,
         s.readonly ? "ro" : "rw");

  int fd = open("/", O_RDONLY | O_DIRECTORY);
  struct statvfs v;
  if (fd < 0 || fstatvfs(fd, &v) != 0) {
    perror("fstatvfs");
    return 1;
  }
  close(fd);
  printf("/: max filename length %lu\n", v.f_namemax);
  return (s.total > 0 && s.bsize > 0 && v.f_namemax > 0) ? 0 : 1;
}
