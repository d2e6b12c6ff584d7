/* Choose stream buffering with setvbuf (full buffering with a caller buffer,
 * line and unbuffered modes) as loggers and bulk writers do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

static long file_size(FILE *fp) {
  struct stat st;
  if (fstat(fileno(fp), &st) != 0) {
    perror("fstat");
    return -1;
  }
  return (long)st.st_size;
}

int main(void) {
  static char iobuf[8192];
  FILE *fp = tmpfile();
  if (!fp) {
    perror("tmpfile");
    return 1;
  }
  if (setvbuf(fp, iobuf, _IOFBF, sizeof iobuf) != 0) {
    perror("setvbuf");
    return 1;
  }

  for (int i = 0; i < 100; i++)
    fprintf(fp, "row %03d\n", i);
  long before = file_size(fp); /* still in our buffer */
  fflush(fp);
  long after = file_size(fp);
  printf("full buffering: %ld bytes on disk before flush, %ld after\n", before,
         after);
  fclose(fp);

  FILE *lb = tmpfile();
  if (!lb) {
    perror("tmpfile");
    return 1;
  }
  setvbuf(lb, NULL, _IOLBF, 0);
  fputs("partial", lb);
  long p = file_size(lb);
  fputs(" line\n", lb);
  long q = file_size(lb);
  printf("line buffering: %ld then %ld\n", p, q);
  fclose(lb);

  FILE *ub = tmpfile();
  if (!ub) {
    perror("tmpfile");
    return 1;
  }
  setvbuf(ub, NULL, _IONBF, 0);
  fputc('x', ub);
  long u = file_size(ub);
  printf("unbuffered: %ld\n", u);
  fclose(ub);

  setvbuf(stdout, NULL, _IOLBF, BUFSIZ);
  return (before == 0 && after == 800 && p == 0 && q == 13 && u == 1) ? 0 : 1;
}
