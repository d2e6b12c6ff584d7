/* Split paths with POSIX basename/dirname from <libgen.h> (which may modify
 * their argument, so copies are passed) and compare edge cases. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libgen.h>

struct split {
  const char *path, *dir, *base;
};

int main(void) {
  const struct split cases[] = {
      {"/usr/lib/libc.so.6", "/usr/lib", "libc.so.6"},
      {"/usr/lib/", "/usr", "lib"},
      {"relative/file.txt", "relative", "file.txt"},
      {"file", ".", "file"},
      {"/", "/", "/"},
      {"//double//slash//", "//double", "slash"},
  };
  int ok = 1;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char *a = strdup(cases[i].path), *b = strdup(cases[i].path);
    if (!a || !b) {
      perror("strdup");
      return 1;
    }
    const char *d = dirname(a), *n = basename(b);
    int match = !strcmp(d, cases[i].dir) && !strcmp(n, cases[i].base);
    printf("%-22s dir=%-10s base=%-10s %s\n", cases[i].path, d, n,
           match ? "ok" : "MISMATCH");
    ok &= match;
    free(a);
    free(b);
  }
  char *e = strdup("");
  const char *ed = dirname(e);
  printf("empty path: dirname='%s'\n", ed);
  ok &= !strcmp(ed, ".");
  free(e);
  return ok ? 0 : 1;
}
