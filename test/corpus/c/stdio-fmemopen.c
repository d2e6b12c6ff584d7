/* Parse an in-memory buffer through the stdio API with fmemopen, so the same
 * parser works for files and strings. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>

struct point {
  double x, y;
};

static int parse_points(FILE *in, struct point *pts, int max) {
  int n = 0;
  while (n < max && fscanf(in, " ( %lf , %lf )", &pts[n].x, &pts[n].y) == 2)
    n++;
  return n;
}

static int format_into(char *buf, size_t len, const struct point *p, int n) {
  FILE *out = fmemopen(buf, len, "w");
  if (!out) {
    perror("fmemopen w");
    return -1;
  }
  for (int i = 0; i < n; i++)
    fprintf(out, "%s%.1f:%.1f", i ? ";" : "", p[i].x, p[i].y);
  fclose(out); /* writes the terminating NUL */
  return 0;
}

int main(void) {
  char text[] = "(1.5, 2) (3,4.25)  (-1, 0)";
  FILE *in = fmemopen(text, strlen(text), "r");
  if (!in) {
    perror("fmemopen r");
    return 1;
  }
  struct point pts[8];
  int n = parse_points(in, pts, 8);
  fclose(in);

  char out[64];
  if (format_into(out, sizeof out, pts, n) != 0)
    return 1;
  printf("parsed %d points: %s\n", n, out);
  return (n == 3 && strcmp(out, "1.5:2.0;3.0:4.2;-1.0:0.0") == 0) ? 0 : 1;
}
