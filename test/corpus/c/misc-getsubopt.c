/* Parse comma-separated mount-style suboptions ("ro,size=64M,uid=1000,mode")
 * with getsubopt, detecting unknown keys and missing values. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_RO, OPT_RW, OPT_SIZE, OPT_UID, OPT_MODE };
static char *const tokens[] = {
    [OPT_RO] = "ro",   [OPT_RW] = "rw",     [OPT_SIZE] = "size",
    [OPT_UID] = "uid", [OPT_MODE] = "mode", NULL};

struct mount_opts {
  int readonly;
  long size;
  long uid;
  const char *mode;
  int errors;
};

static void parse_opts(char *spec, struct mount_opts *m) {
  char *value;
  while (*spec != '\0') {
    int idx = getsubopt(&spec, tokens, &value);
    switch (idx) {
    case OPT_RO:
      m->readonly = 1;
      break;
    case OPT_RW:
      m->readonly = 0;
      break;
    case OPT_SIZE:
    case OPT_UID:
      if (!value) {
        fprintf(stderr, "option '%s' needs a value\n", tokens[idx]);
        m->errors++;
        break;
      }
      if (idx == OPT_SIZE)
        m->size = strtol(value, NULL, 10);
      else
        m->uid = strtol(value, NULL, 10);
      break;
    case OPT_MODE:
      m->mode = value ? value : "0755";
      break;
    default:
      fprintf(stderr, "unknown suboption '%s'\n", value);
      m->errors++;
      break;
    }
  }
}

int main(void) {
  char spec[] = "ro,size=64,uid=1000,mode,noatime,uid"; /* getsubopt modifies
                                                           the string */
  struct mount_opts m = {0, 0, -1, NULL, 0};
  parse_opts(spec, &m);
  printf("readonly=%d size=%ld uid=%ld mode=%s errors=%d\n", m.readonly, m.size,
         m.uid, m.mode, m.errors);

  char spec2[] = "rw,mode=0700";
  struct mount_opts m2 = {1, 0, -1, NULL, 0};
  parse_opts(spec2, &m2);
  printf("second: readonly=%d mode=%s errors=%d\n", m2.readonly, m2.mode,
         m2.errors);
  return (m.readonly && m.size == 64 && m.uid == 1000 &&
          !strcmp(m.mode, "0755") && m.errors == 2 && !m2.readonly &&
          !strcmp(m2.mode, "0700") && m2.errors == 0)
             ? 0
             : 1;
}
