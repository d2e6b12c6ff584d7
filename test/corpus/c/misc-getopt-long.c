/* Parse GNU-style long options with getopt_long: flag pointers, required and
 * optional arguments, --name=value, and the longindex, as most CLI tools do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <getopt.h>

static int dry_run;

struct config {
  const char *config_file;
  int jobs;
  const char *color;
  int unknown;
};

static void parse(int argc, char **argv, struct config *c) {
  static const struct option longopts[] = {
      {"dry-run", no_argument, &dry_run, 1},
      {"config", required_argument, NULL, 'c'},
      {"jobs", required_argument, NULL, 'j'},
      {"color", optional_argument, NULL, 'C'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  optind = 1;
  opterr = 0;
  int idx, ch;
  while ((ch = getopt_long(argc, argv, "c:j:h", longopts, &idx)) != -1) {
    switch (ch) {
    case 0:
      printf("flag option --%s set\n", longopts[idx].name);
      break;
    case 'c':
      c->config_file = optarg;
      break;
    case 'j':
      c->jobs = atoi(optarg);
      break;
    case 'C':
      c->color = optarg ? optarg : "auto";
      break;
    case 'h':
      puts("usage: build [--dry-run] [--config FILE] [-j N] [--color[=WHEN]]");
      break;
    default:
      c->unknown++;
      break;
    }
  }
}

int main(void) {
  char *argv[] = {"build",   "--dry-run", "--config=/etc/build.conf",
                  "-j",      "8",         "--color",
                  "--bogus", "target",    NULL};
  struct config c = {NULL, 1, "never", 0};
  parse(8, argv, &c);
  printf("dry_run=%d config=%s jobs=%d color=%s unknown=%d first operand=%s\n",
         dry_run, c.config_file, c.jobs, c.color, c.unknown,
         optind < 8 ? argv[optind] : "(none)");
  int ok = dry_run && c.config_file &&
           !strcmp(c.config_file, "/etc/build.conf") && c.jobs == 8 &&
           !strcmp(c.color, "auto") && c.unknown == 1 &&
           !strcmp(argv[optind], "target");

  char *argv2[] = {"build", "--color=always", "--jobs", "3", NULL};
  struct config c2 = {NULL, 1, "never", 0};
  parse(4, argv2, &c2);
  printf("second: color=%s jobs=%d\n", c2.color, c2.jobs);
  return ok && !strcmp(c2.color, "always") && c2.jobs == 3 ? 0 : 1;
}
