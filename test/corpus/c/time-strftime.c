/* Format timestamps with strftime for logs, HTTP dates and ISO 8601, sizing the
 * buffer and checking the zero return, as servers do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct fmt {
  const char *name;
  const char *pattern;
};

static const struct fmt formats[] = {
    {"iso8601", "%Y-%m-%dT%H:%M:%SZ"},
    {"http", "%a, %d %b %Y %H:%M:%S GMT"},
    {"syslog", "%b %e %H:%M:%S"},
    {"filename", "backup-%Y%m%d-%H%M%S.tar"},
    {"misc", "week %V, day %j, %A, %p, %%"},
};

int main(void) {
  time_t t = 1700000000; /* 2023-11-14 22:13:20 UTC */
  struct tm tm;
  if (!gmtime_r(&t, &tm)) {
    perror("gmtime_r");
    return 1;
  }
  char buf[64];
  int ok = 1;
  for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
    size_t n = strftime(buf, sizeof buf, formats[i].pattern, &tm);
    if (n == 0) {
      fprintf(stderr, "%s: buffer too small\n", formats[i].name);
      ok = 0;
      continue;
    }
    printf("%-9s %s\n", formats[i].name, buf);
  }
  strftime(buf, sizeof buf, formats[1].pattern, &tm);
  ok = ok && strcmp(buf, "Tue, 14 Nov 2023 22:13:20 GMT") == 0;

  char tiny[8];
  size_t n = strftime(tiny, sizeof tiny, "%Y-%m-%d",
                      &tm); /* does not fit: returns 0 */
  printf("tiny buffer result: %zu\n", n);

  time_t now = time(NULL);
  struct tm lt;
  localtime_r(&now, &lt);
  strftime(buf, sizeof buf, "%c", &lt);
  printf("now: %s\n", buf);
  return ok && n == 0 ? 0 : 1;
}
