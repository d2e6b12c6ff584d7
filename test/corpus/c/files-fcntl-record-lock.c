/* Coordinate processes with POSIX record locks (fcntl F_SETLK/F_SETLKW/F_GETLK)
 * on byte ranges, as databases lock regions of a file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/wait.h>

static int lock_range(int fd, short type, off_t start, off_t len, int wait) {
  struct flock fl = {
      .l_type = type, .l_whence = SEEK_SET, .l_start = start, .l_len = len};
  return fcntl(fd, wait ? F_SETLKW : F_SETLK, &fl);
}

int main(void) {
  char path[] = "/tmp/reclock.XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) {
    perror("mkstemp");
    return 1;
  }
  if (ftruncate(fd, 1024) != 0) {
    perror("ftruncate");
    return 1;
  }
  if (lock_range(fd, F_WRLCK, 0, 100, 1) != 0) {
    perror("lock");
    return 1;
  }

  int sync_pipe[2];
  if (pipe(sync_pipe) != 0) {
    perror("pipe");
    return 1;
  }
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    int cfd = open(path, O_RDWR);
    if (cfd < 0)
      _exit(10);
    /* conflicting range must fail, disjoint range must succeed */
    int conflict = lock_range(cfd, F_WRLCK, 50, 10, 0) != 0 &&
                   (errno == EACCES || errno == EAGAIN);
    struct flock q = {
        .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 10};
    int got = fcntl(cfd, F_GETLK, &q) == 0 && q.l_type == F_WRLCK &&
              q.l_pid == getppid();
    int disjoint = lock_range(cfd, F_WRLCK, 200, 10, 0) == 0;
    if (write(sync_pipe[1], "r", 1) != 1)
      _exit(11);
    /* now block until the parent releases its lock */
    int waited = lock_range(cfd, F_RDLCK, 0, 100, 1) == 0;
    _exit(conflict && got && disjoint && waited ? 0 : 1);
  }
  char c;
  if (read(sync_pipe[0], &c, 1) != 1) {
    perror("read");
    return 1;
  }
  if (lock_range(fd, F_UNLCK, 0, 0, 0) != 0) {
    perror("unlock");
    return 1;
  }
  int status;
  waitpid(pid, &status, 0);
  printf("child lock checks: %s\n",
         WIFEXITED(status) && WEXITSTATUS(status) == 0 ? "passed" : "failed");
  close(fd);
  unlink(path);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
