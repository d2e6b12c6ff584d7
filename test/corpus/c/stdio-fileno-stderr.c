/* Mix stdio streams with their descriptors via fileno, checking what
 * stdin/stdout are and writing diagnostics to unbuffered stderr. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

static const char *kind(int fd) {
  struct stat st;
  if (fstat(fd, &st) != 0)
    return "closed";
  if (isatty(fd))
    return "tty";
  if (S_ISREG(st.st_mode))
    return "file";
  if (S_ISFIFO(st.st_mode))
    return "pipe";
  if (S_ISCHR(st.st_mode))
    return "chardev";
  if (S_ISSOCK(st.st_mode))
    return "socket";
  return "other";
}

int main(void) {
  int in = fileno(stdin), out = fileno(stdout), err = fileno(stderr);
  printf("stdin=%d (%s) stdout=%d (%s) stderr=%d (%s)\n", in, kind(in), out,
         kind(out), err, kind(err));
  fprintf(stderr, "diagnostic: this goes to stderr\n");

  FILE *tmp = tmpfile();
  if (!tmp) {
    perror("tmpfile");
    return 1;
  }
  fputs("buffered ", tmp);
  fflush(tmp); /* must flush before mixing with write() */
  const char raw[] = "raw\n";
  if (write(fileno(tmp), raw, strlen(raw)) < 0) {
    perror("write");
    return 1;
  }
  rewind(tmp);
  char buf[32] = "";
  if (!fgets(buf, sizeof buf, tmp)) {
    perror("fgets");
    return 1;
  }
  fclose(tmp);
  printf("combined: %s", buf);
  return (in == 0 && out == 1 && err == 2 && strcmp(buf, "buffered raw\n") == 0)
             ? 0
             : 1;
}
