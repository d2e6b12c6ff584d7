/* Create hard links with link(), watch st_nlink change, and remove names with
 * unlink, as backup and dedup tools do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

static nlink_t links_of(const char *p) {
  struct stat st;
  if (stat(p, &st) != 0)
    return 0;
  return st.st_nlink;
}

int main(void) {
  char dir[] = "/tmp/links.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char a[64], b[64], c[64];
  snprintf(a, sizeof a, "%s/original", dir);
  snprintf(b, sizeof b, "%s/hardlink1", dir);
  snprintf(c, sizeof c, "%s/hardlink2", dir);

  int fd = open(a, O_CREAT | O_WRONLY, 0644);
  if (fd < 0) {
    perror("open");
    return 1;
  }
  if (write(fd, "shared\n", 7) != 7)
    perror("write");
  close(fd);

  if (link(a, b) != 0) {
    perror("link");
    return 1;
  }
  if (link(a, c) != 0) {
    perror("link");
    return 1;
  }
  nlink_t n3 = links_of(a);
  int exists_err = link(a, b) != 0 && errno == EEXIST;

  struct stat sa, sc;
  stat(a, &sa);
  stat(c, &sc);
  int same_inode = sa.st_ino == sc.st_ino && sa.st_dev == sc.st_dev;

  if (unlink(a) != 0) {
    perror("unlink");
    return 1;
  }
  nlink_t n2 = links_of(b);
  printf("links: %lu -> %lu, same inode=%d, EEXIST=%d\n", (unsigned long)n3,
         (unsigned long)n2, same_inode, exists_err);
  unlink(b);
  unlink(c);
  int gone = unlink(c) != 0 && errno == ENOENT;
  rmdir(dir);
  return (n3 == 3 && n2 == 2 && same_inode && exists_err && gone) ? 0 : 1;
}
