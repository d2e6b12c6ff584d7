/* Describe files with stat, fstat and lstat (type, mode bits, size, times) like
 * an ls -l implementation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <time.h>
#include <sys/stat.h>

static void mode_string(mode_t m, char out[11]) {
  out[0] = S_ISDIR(m)    ? 'd'
           : S_ISLNK(m)  ? 'l'
           : S_ISCHR(m)  ? 'c'
           : S_ISFIFO(m) ? 'p'
                         : '-';
  const char *rwx = "rwxrwxrwx";
  for (int i = 0; i < 9; i++)
    out[i + 1] = (m & (1u << (8 - i))) ? rwx[i] : '-';
  out[10] = '\0';
}

static void describe(const char *label, const struct stat *st) {
  char ms[11], when[32];
  struct tm tm;
  mode_string(st->st_mode, ms);
  gmtime_r(&st->st_mtime, &tm);
  strftime(when, sizeof when, "%Y-%m-%d", &tm);
  printf("%s %3lu %8lld %s %s\n", ms, (unsigned long)st->st_nlink,
         (long long)st->st_size, when, label);
}

int main(void) {
  char dir[] = "/tmp/statdemo.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char file[64], lnk[64];
  snprintf(file, sizeof file, "%s/file.txt", dir);
  snprintf(lnk, sizeof lnk, "%s/link", dir);
  int fd = open(file, O_CREAT | O_RDWR, 0640);
  if (fd < 0) {
    perror("open");
    return 1;
  }
  if (write(fd, "0123456789", 10) != 10)
    perror("write");
  if (symlink("file.txt", lnk) != 0) {
    perror("symlink");
    return 1;
  }

  struct stat a, b, c, d;
  if (stat(file, &a) || fstat(fd, &b) || lstat(lnk, &c) || stat(dir, &d)) {
    perror("stat");
    return 1;
  }
  describe(file, &a);
  describe(lnk, &c);
  describe(dir, &d);
  fstat(STDOUT_FILENO, &b);
  fstat(fd, &b);
  int ok = S_ISREG(a.st_mode) && a.st_size == 10 &&
           (a.st_mode & 0777) == 0640 && a.st_ino == b.st_ino &&
           S_ISLNK(c.st_mode) && c.st_size == 8 && S_ISDIR(d.st_mode);
  close(fd);
  unlink(lnk);
  unlink(file);
  rmdir(dir);
  return ok ? 0 : 1;
}
