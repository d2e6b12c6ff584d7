/* Guard a pid/lock file with flock (exclusive, non-blocking try, shared), as
 * daemons ensure a single running instance. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/file.h>

static int acquire_instance_lock(const char *path) {
  int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    perror("open lockfile");
    return -1;
  }
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno == EWOULDBLOCK)
      fprintf(stderr, "another instance holds %s\n", path);
    else
      perror("flock");
    close(fd);
    return -1;
  }
  char pid[32];
  int n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
  if (ftruncate(fd, 0) != 0 || write(fd, pid, (size_t)n) != n)
    perror("write pid");
  return fd;
}

int main(void) {
  char dir[] = "/tmp/flock.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char path[64];
  snprintf(path, sizeof path, "%s/daemon.pid", dir);

  int first = acquire_instance_lock(path);
  int second = acquire_instance_lock(
      path); /* separate open file description: must fail */
  printf("first lock fd=%d, second attempt=%d\n", first, second);

  int ok = first >= 0 && second < 0;
  if (flock(first, LOCK_UN) != 0) {
    perror("flock unlock");
    ok = 0;
  }

  int r1 = open(path, O_RDONLY), r2 = open(path, O_RDONLY);
  int shared =
      flock(r1, LOCK_SH | LOCK_NB) == 0 && flock(r2, LOCK_SH | LOCK_NB) == 0;
  int excl_blocked =
      flock(first, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  printf("two shared locks=%d, exclusive blocked while shared=%d\n", shared,
         excl_blocked);
  close(r1);
  close(r2);
  close(first);
  unlink(path);
  rmdir(dir);
  return ok && shared && excl_blocked ? 0 : 1;
}
