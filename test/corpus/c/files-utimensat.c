/* Set file timestamps with utimensat and futimens (explicit times, UTIME_NOW,
 * UTIME_OMIT), as touch and archive extractors do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <time.h>
#include <sys/stat.h>

int main(void) {
  char dir[] = "/tmp/utimes.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char f[64];
  snprintf(f, sizeof f, "%s/archived.txt", dir);
  int fd = open(f, O_CREAT | O_WRONLY, 0644);
  if (fd < 0) {
    perror("open");
    return 1;
  }

  /* restore times recorded in an archive: 2001-09-09 01:46:40 UTC */
  struct timespec ts[2] = {{1000000000, 0}, {1000000000, 500000000}};
  if (utimensat(AT_FDCWD, f, ts, 0) != 0) {
    perror("utimensat");
    return 1;
  }
  struct stat st;
  stat(f, &st);
  int restored =
      st.st_mtim.tv_sec == 1000000000 && st.st_atim.tv_sec == 1000000000;
  printf("restored mtime=%ld.%09ld\n", (long)st.st_mtim.tv_sec,
         st.st_mtim.tv_nsec);

  /* touch mtime only, leave atime alone */
  struct timespec touch[2] = {{0, UTIME_OMIT}, {0, UTIME_NOW}};
  if (futimens(fd, touch) != 0) {
    perror("futimens");
    return 1;
  }
  fstat(fd, &st);
  time_t now = time(NULL);
  int touched = st.st_mtim.tv_sec >= now - 5 && st.st_atim.tv_sec == 1000000000;
  printf("after touch mtime=%ld atime=%ld\n", (long)st.st_mtim.tv_sec,
         (long)st.st_atim.tv_sec);

  close(fd);
  unlink(f);
  rmdir(dir);
  return (restored && touched) ? 0 : 1;
}
