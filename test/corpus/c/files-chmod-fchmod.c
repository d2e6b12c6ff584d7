/* Adjust permission bits with umask, chmod, fchmod and fchmodat, as installers
 * set modes on created files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

static unsigned perms(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 ? (unsigned)(st.st_mode & 07777) : 0xffff;
}

int main(void) {
  mode_t old = umask(027);
  char dir[] = "/tmp/chmod.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char f[64];
  snprintf(f, sizeof f, "%s/tool", dir);

  int fd = open(f, O_CREAT | O_WRONLY, 0777); /* umask trims to 0750 */
  if (fd < 0) {
    perror("open");
    return 1;
  }
  unsigned created = perms(f);
  if (fchmod(fd, 0600) != 0) {
    perror("fchmod");
    return 1;
  }
  unsigned after_fchmod = perms(f);
  close(fd);

  if (chmod(f, S_IRWXU | S_IRGRP | S_IXGRP | S_IROTH | S_IXOTH) != 0) {
    perror("chmod");
    return 1;
  }
  unsigned after_chmod = perms(f);

  int dfd = open(dir, O_RDONLY | O_DIRECTORY);
  if (dfd < 0 || fchmodat(dfd, "tool", 0444, 0) != 0) {
    perror("fchmodat");
    return 1;
  }
  unsigned after_at = perms(f);
  close(dfd);
  umask(old);

  printf("created %04o, fchmod %04o, chmod %04o, fchmodat %04o\n", created,
         after_fchmod, after_chmod, after_at);
  unlink(f);
  rmdir(dir);
  return (created == 0750 && after_fchmod == 0600 && after_chmod == 0755 &&
          after_at == 0444)
             ? 0
             : 1;
}
