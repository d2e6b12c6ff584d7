/* Manipulate a subtree entirely relative to a directory descriptor with openat,
 * mkdirat, fstatat, renameat, unlinkat, as race-free tools do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

static int write_at(int dfd, const char *name, const char *text) {
  int fd = openat(dfd, name,
                  O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) {
    perror(name);
    return -1;
  }
  ssize_t n = write(fd, text, strlen(text));
  close(fd);
  return n < 0 ? -1 : 0;
}

int main(void) {
  char root[] = "/tmp/openat.XXXXXX";
  if (!mkdtemp(root)) {
    perror("mkdtemp");
    return 1;
  }
  int rfd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (rfd < 0) {
    perror("open root");
    return 1;
  }

  if (mkdirat(rfd, "staging", 0755) != 0 || mkdirat(rfd, "live", 0755) != 0) {
    perror("mkdirat");
    return 1;
  }
  int sfd = openat(rfd, "staging", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (sfd < 0) {
    perror("openat staging");
    return 1;
  }
  if (write_at(sfd, "index.html", "<h1>hi</h1>\n") != 0)
    return 1;

  struct stat st;
  if (fstatat(sfd, "index.html", &st, AT_SYMLINK_NOFOLLOW) != 0) {
    perror("fstatat");
    return 1;
  }
  if (renameat(sfd, "index.html", rfd, "live/index.html") != 0) {
    perror("renameat");
    return 1;
  }
  if (symlinkat("live/index.html", rfd, "current") != 0) {
    perror("symlinkat");
    return 1;
  }

  char target[64] = "";
  ssize_t n = readlinkat(rfd, "current", target, sizeof target - 1);
  if (n > 0)
    target[n] = '\0';
  struct stat st2;
  int moved =
      fstatat(rfd, "live/index.html", &st2, 0) == 0 && st2.st_ino == st.st_ino;
  printf("moved inode %lu: %d, current -> %s\n", (unsigned long)st.st_ino,
         moved, target);

  unlinkat(rfd, "current", 0);
  unlinkat(rfd, "live/index.html", 0);
  unlinkat(rfd, "live", AT_REMOVEDIR);
  unlinkat(rfd, "staging", AT_REMOVEDIR);
  close(sfd);
  close(rfd);
  int cleaned = rmdir(root) == 0;
  return (moved && strcmp(target, "live/index.html") == 0 && cleaned) ? 0 : 1;
}
