/* Replace a file atomically by writing a temporary sibling, fsyncing it, and
 * rename()ing over the original, as editors and config writers do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

static int atomic_write(const char *dir, const char *name,
                        const char *content) {
  char tmp[128], final[128];
  snprintf(tmp, sizeof tmp, "%s/.%s.XXXXXX", dir, name);
  snprintf(final, sizeof final, "%s/%s", dir, name);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    perror("mkstemp");
    return -1;
  }
  size_t len = strlen(content);
  if (write(fd, content, len) != (ssize_t)len || fsync(fd) != 0) {
    perror("write/fsync");
    close(fd);
    unlink(tmp);
    return -1;
  }
  close(fd);
  if (rename(tmp, final) != 0) {
    perror("rename");
    unlink(tmp);
    return -1;
  }
  return 0;
}

static int read_back(const char *path, char *buf, size_t len) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) {
    perror("open");
    return -1;
  }
  ssize_t n = read(fd, buf, len - 1);
  close(fd);
  if (n < 0)
    return -1;
  buf[n] = '\0';
  return 0;
}

int main(void) {
  char dir[] = "/tmp/atomic.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char path[128], buf[64];
  snprintf(path, sizeof path, "%s/settings.ini", dir);

  int ok = atomic_write(dir, "settings.ini", "version=1\n") == 0;
  int fd_old = open(path, O_RDONLY); /* holder of the old inode */
  ok = ok && atomic_write(dir, "settings.ini", "version=2\n") == 0;
  ok = ok && read_back(path, buf, sizeof buf) == 0 &&
       strcmp(buf, "version=2\n") == 0;

  char old[32] = "";
  if (fd_old >= 0) {
    ssize_t n = read(fd_old, old, sizeof old - 1);
    if (n > 0)
      old[n] = '\0';
    close(fd_old);
  }
  printf("new content: %sold descriptor still sees: %s", buf, old);
  ok = ok && strcmp(old, "version=1\n") == 0;

  char moved[128];
  snprintf(moved, sizeof moved, "%s/settings.bak", dir);
  ok = ok && rename(path, moved) == 0 && access(path, F_OK) != 0;
  unlink(moved);
  rmdir(dir);
  return ok ? 0 : 1;
}
