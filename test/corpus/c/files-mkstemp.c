/* Create unique temporary files with mkstemp and mkostemps (with suffix), wrap
 * one in a FILE, and unlink them, the safe temp-file idiom. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

int main(void) {
  char t1[] = "/tmp/app-XXXXXX";
  int fd1 = mkstemp(t1);
  if (fd1 < 0) {
    perror("mkstemp");
    return 1;
  }
  char t2[] = "/tmp/app-XXXXXX.json";
  int fd2 = mkostemps(t2, 5, O_CLOEXEC);
  if (fd2 < 0) {
    perror("mkostemps");
    unlink(t1);
    return 1;
  }

  struct stat st;
  if (fstat(fd1, &st) != 0) {
    perror("fstat");
    return 1;
  }
  int mode_ok = (st.st_mode & 0777) == 0600;
  int cloexec = fcntl(fd2, F_GETFD) & FD_CLOEXEC;

  FILE *fp = fdopen(fd2, "w+");
  if (!fp) {
    perror("fdopen");
    return 1;
  }
  fprintf(fp, "{\"ok\":true}\n");
  rewind(fp);
  char line[32] = "";
  if (!fgets(line, sizeof line, fp)) {
    perror("fgets");
    return 1;
  }

  printf("temp files %s and %s (mode ok=%d, cloexec=%d) content=%s", t1, t2,
         mode_ok, cloexec != 0, line);
  int suffix_ok = strcmp(t2 + strlen(t2) - 5, ".json") == 0 &&
                  strcmp(t1, "/tmp/app-XXXXXX") != 0;
  fclose(fp);
  close(fd1);
  if (unlink(t1) != 0 || unlink(t2) != 0) {
    perror("unlink");
    return 1;
  }
  return (mode_ok && cloexec && suffix_ok &&
          strcmp(line, "{\"ok\":true}\n") == 0)
             ? 0
             : 1;
}
