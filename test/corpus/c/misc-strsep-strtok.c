/* Split CSV-ish records with strsep (keeping empty fields) versus strtok_r
 * (collapsing delimiters), on writable copies made with strdup. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int split_strsep(const char *line, char **fields, int max) {
  char *copy = strdup(line), *cur = copy, *tok;
  int n = 0;
  while ((tok = strsep(&cur, ",")) != NULL && n < max)
    fields[n++] = strdup(tok);
  free(copy);
  return n;
}

static int split_strtok(const char *line, char **fields, int max) {
  char *copy = strdup(line), *save = NULL;
  int n = 0;
  for (char *tok = strtok_r(copy, ",", &save); tok && n < max;
       tok = strtok_r(NULL, ",", &save))
    fields[n++] = strdup(tok);
  free(copy);
  return n;
}

static void release(char **f, int n) {
  for (int i = 0; i < n; i++)
    free(f[i]);
}

int main(void) {
  const char *rec = "id,,name,,,score";
  char *a[16], *b[16];
  int na = split_strsep(rec, a, 16), nb = split_strtok(rec, b, 16);
  printf("strsep: %d fields:", na);
  for (int i = 0; i < na; i++)
    printf(" [%s]", a[i]);
  printf("\nstrtok_r: %d fields:", nb);
  for (int i = 0; i < nb; i++)
    printf(" [%s]", b[i]);
  putchar('\n');
  int ok = na == 6 && a[1][0] == '\0' && !strcmp(a[5], "score") && nb == 3 &&
           !strcmp(b[1], "name");
  release(a, na);
  release(b, nb);

  char path[] = "/usr/local/bin:/usr/bin::/bin";
  char *cur = path, *dir;
  int dirs = 0, empty = 0;
  while ((dir = strsep(&cur, ":")) != NULL) {
    dirs++;
    if (!*dir)
      empty++;
  } /* empty entry means "." in PATH */
  printf("PATH has %d entries (%d empty)\n", dirs, empty);
  return ok && dirs == 4 && empty == 1 ? 0 : 1;
}
