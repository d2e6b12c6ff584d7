/* Parse structured text lines (log entries, dates, hex) with sscanf and check
 * its conversion count, as log analysers do. */
#include <stdio.h>
#include <string.h>

struct entry {
  int year, mon, day, hh, mm, ss;
  char level[8];
  unsigned code;
  char msg[64];
};

static int parse_entry(const char *line, struct entry *e) {
  int n = sscanf(line, "%4d-%2d-%2d %2d:%2d:%2d [%7[A-Z]] 0x%x %63[^\n]",
                 &e->year, &e->mon, &e->day, &e->hh, &e->mm, &e->ss, e->level,
                 &e->code, e->msg);
  return n == 9 ? 0 : -1;
}

int main(void) {
  const char *lines[] = {
      "2024-03-01 12:00:05 [INFO] 0x1f service started",
      "2024-03-01 12:00:09 [WARN] 0xA0 disk almost full",
      "garbage line",
      "2024-03-01 12:01:00 [ERROR] 0xff connection lost",
  };
  int good = 0, warnings = 0;
  unsigned codesum = 0;
  for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
    struct entry e;
    if (parse_entry(lines[i], &e) != 0) {
      fprintf(stderr, "skip unparsable: %s\n", lines[i]);
      continue;
    }
    good++;
    codesum += e.code;
    if (strcmp(e.level, "INFO") != 0)
      warnings++;
    printf("%02d:%02d:%02d %-5s code=%u msg='%s'\n", e.hh, e.mm, e.ss, e.level,
           e.code, e.msg);
  }
  int a, b, consumed;
  sscanf("  17,  25 rest", "%d , %d%n", &a, &b, &consumed);
  printf("good=%d warnings=%d codesum=%u pair=%d,%d consumed=%d\n", good,
         warnings, codesum, a, b, consumed);
  return (good == 3 && warnings == 2 && codesum == 0x1f + 0xa0 + 0xff &&
          consumed == 9)
             ? 0
             : 1;
}
