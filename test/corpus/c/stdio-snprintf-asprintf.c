/* Format into fixed buffers with snprintf, detect truncation from its return
 * value, and fall back to asprintf, the safe string-building idiom. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

static char *format_path(char *buf, size_t len, const char *dir,
                         const char *name, int idx) {
  int n = snprintf(buf, len, "%s/%s.%04d.dat", dir, name, idx);
  if (n < 0)
    return NULL;
  if ((size_t)n >= len) { /* truncated: allocate exactly */
    char *p = NULL;
    if (asprintf(&p, "%s/%s.%04d.dat", dir, name, idx) < 0)
      return NULL;
    return p;
  }
  return buf;
}

static char *xvformat(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *out = NULL;
  if (vasprintf(&out, fmt, ap) < 0)
    out = NULL;
  va_end(ap);
  return out;
}

int main(void) {
  char small[24];
  char *a = format_path(small, sizeof small, "/var", "x", 7);
  char *b = format_path(small + 0, sizeof small,
                        "/var/lib/some-long-application", "snapshot", 12);
  if (!a || !b) {
    perror("format");
    return 1;
  }
  printf("short: %s (in buffer: %s)\n", a, a == small ? "yes" : "no");
  printf("long:  %s (in buffer: %s)\n", b, b == small ? "yes" : "no");
  int ok = a == small && b != small &&
           strcmp(b, "/var/lib/some-long-application/snapshot.0012.dat") == 0;
  if (b != small)
    free(b);

  char *msg = xvformat("%s has %d items costing %.2f", "cart", 3, 9.5);
  if (!msg) {
    perror("vasprintf");
    return 1;
  }
  puts(msg);
  ok = ok && strcmp(msg, "cart has 3 items costing 9.50") == 0;
  free(msg);
  int need = snprintf(NULL, 0, "%d-%d", 12345, 678);
  printf("size query: %d\n", need);
  return ok && need == 9 ? 0 : 1;
}
