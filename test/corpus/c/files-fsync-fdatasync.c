/* Make appended journal records durable with fdatasync and the final state with
 * fsync on file and directory, as write-ahead logs do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

static int journal_append(int fd, int seq, const char *op) {
  char rec[80];
  int n = snprintf(rec, sizeof rec, "%06d %s\n", seq, op);
  if (write(fd, rec, (size_t)n) != n) {
    perror("write");
    return -1;
  }
  if (fdatasync(fd) != 0) {
    perror("fdatasync");
    return -1;
  }
  return 0;
}

static int sync_dir(const char *dir) {
  int dfd = open(dir, O_RDONLY | O_DIRECTORY);
  if (dfd < 0) {
    perror("open dir");
    return -1;
  }
  int rc = fsync(dfd);
  if (rc != 0)
    perror("fsync dir");
  close(dfd);
  return rc;
}

int main(void) {
  char dir[] = "/tmp/journal.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char path[64];
  snprintf(path, sizeof path, "%s/wal.log", dir);
  int fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0600);
  if (fd < 0) {
    perror("open");
    return 1;
  }
  const char *ops[] = {"BEGIN", "SET a=1", "SET b=2", "COMMIT"};
  int rc = 0;
  for (int i = 0; i < 4; i++)
    if (journal_append(fd, i + 1, ops[i]) != 0)
      rc = 1;
  if (fsync(fd) != 0) {
    perror("fsync");
    rc = 1;
  }
  off_t size = lseek(fd, 0, SEEK_END);
  close(fd);
  if (sync_dir(dir) != 0)
    rc = 1;
  printf("journal has %ld bytes, synced\n", (long)size);
  unlink(path);
  rmdir(dir);
  return (rc == 0 && size == 7 * 4 + 6 + 8 + 8 + 7) ? 0 : 1;
}
