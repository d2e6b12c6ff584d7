/* Parse date strings with strptime into struct tm and convert to epoch seconds
 * with timegm, as log importers do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <time.h>

struct parsed {
  const char *input;
  const char *fmt;
};

int main(void) {
  struct parsed cases[] = {
      {"2023-11-14 22:13:20", "%Y-%m-%d %H:%M:%S"},
      {"14/Nov/2023:22:13:20", "%d/%b/%Y:%H:%M:%S"},
      {"Tue, 14 Nov 2023 22:13:20 GMT", "%a, %d %b %Y %H:%M:%S GMT"},
  };
  int ok = 1;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    const char *end = strptime(cases[i].input, cases[i].fmt, &tm);
    if (!end || *end != '\0') {
      fprintf(stderr, "cannot parse '%s'\n", cases[i].input);
      ok = 0;
      continue;
    }
    time_t t = timegm(&tm);
    printf("%-32s -> %lld (wday %d)\n", cases[i].input, (long long)t,
           tm.tm_wday);
    if (t != 1700000000)
      ok = 0;
  }
  struct tm tm;
  memset(&tm, 0, sizeof tm);
  const char *rest = strptime("2024-02-30 oops", "%Y-%m-%d", &tm);
  printf("partial parse leaves: '%s'\n", rest ? rest : "(null)");
  return ok ? 0 : 1;
}
