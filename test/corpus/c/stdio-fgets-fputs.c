/* Copy a text file line by line with fgets/fputs, filtering comment lines, as
 * simple config preprocessors do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int make_input(const char *path) {
  FILE *f = fopen(path, "w");
  if (!f) {
    perror("fopen input");
    return -1;
  }
  fputs("# comment\nkey1=value1\n\n# another\nkey2=value2\nkey3=value3\n", f);
  return fclose(f);
}

static int filter_copy(const char *in, const char *out, int *kept) {
  FILE *src = fopen(in, "r");
  if (!src) {
    perror("fopen src");
    return -1;
  }
  FILE *dst = fopen(out, "w");
  if (!dst) {
    perror("fopen dst");
    fclose(src);
    return -1;
  }
  char buf[256];
  *kept = 0;
  while (fgets(buf, sizeof buf, src) != NULL) {
    if (buf[0] == '#' || buf[0] == '\n')
      continue;
    if (fputs(buf, dst) == EOF) {
      perror("fputs");
      break;
    }
    (*kept)++;
  }
  int err = ferror(src) || ferror(dst);
  fclose(src);
  if (fclose(dst) != 0)
    err = 1;
  return err ? -1 : 0;
}

int main(void) {
  char dir[] = "/tmp/fgets.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char in[64], out[64];
  snprintf(in, sizeof in, "%s/in.conf", dir);
  snprintf(out, sizeof out, "%s/out.conf", dir);
  int kept = 0, rc = 1;
  if (make_input(in) == 0 && filter_copy(in, out, &kept) == 0) {
    printf("kept %d lines\n", kept);
    rc = kept == 3 ? 0 : 1;
  }
  unlink(in);
  unlink(out);
  rmdir(dir);
  return rc;
}
