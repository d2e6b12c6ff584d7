/* Parse command-line options with getopt (flags, required arguments, unknown
 * options, "--"), re-running the parser on a second argv by resetting optind.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct options {
  int verbose;
  int count;
  const char *output;
  int nargs;
  const char *args[8];
  int errors;
};

static void parse(int argc, char **argv, struct options *o) {
  memset(o, 0, sizeof *o);
  o->count = 1;
  opterr = 0; /* we print our own diagnostics */
  optind = 1; /* allow parsing more than one argv */
  int c;
  while ((c = getopt(argc, argv, "vn:o:h")) != -1) {
    switch (c) {
    case 'v':
      o->verbose++;
      break;
    case 'n':
      o->count = atoi(optarg);
      break;
    case 'o':
      o->output = optarg;
      break;
    case 'h':
      printf("usage: %s [-v] [-n N] [-o FILE] args...\n", argv[0]);
      break;
    case '?':
      if (optopt == 'n' || optopt == 'o')
        fprintf(stderr, "option -%c needs an argument\n", optopt);
      else
        fprintf(stderr, "unknown option -%c\n", optopt);
      o->errors++;
      break;
    }
  }
  for (int i = optind; i < argc && o->nargs < 8; i++)
    o->args[o->nargs++] = argv[i];
}

int main(void) {
  char *argv1[] = {"tool",   "-vv", "-n",           "5", "-oout.txt",
                   "input1", "--",  "-notanoption", NULL};
  struct options o;
  parse(8, argv1, &o);
  printf("verbose=%d count=%d output=%s args=%d first=%s second=%s errors=%d\n",
         o.verbose, o.count, o.output, o.nargs, o.args[0], o.args[1], o.errors);
  int ok = o.verbose == 2 && o.count == 5 && o.output &&
           !strcmp(o.output, "out.txt") && o.nargs == 2 &&
           !strcmp(o.args[1], "-notanoption") && o.errors == 0;

  char *argv2[] = {"tool", "-x", "-n", NULL};
  parse(3, argv2, &o);
  printf("second run: errors=%d count=%d\n", o.errors, o.count);
  return ok && o.errors == 2 && o.count == 1 ? 0 : 1;
}
