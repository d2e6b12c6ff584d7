/* Filter file names against ignore patterns with fnmatch (FNM_PATHNAME,
 * FNM_PERIOD, FNM_CASEFOLD), as .gitignore-style matchers do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <fnmatch.h>

struct rule {
  const char *pattern;
  int flags;
};

static const struct rule ignore[] = {
    {"*.o", 0},
    {"build/*", FNM_PATHNAME},
    {"*.LOG", FNM_CASEFOLD},
    {"*", FNM_PERIOD}, /* plus: don't let '*' match hidden files */
};

static const char *first_match(const char *name) {
  for (size_t i = 0; i < 3; i++) {
    int r = fnmatch(ignore[i].pattern, name, ignore[i].flags);
    if (r == 0)
      return ignore[i].pattern;
    if (r != FNM_NOMATCH)
      return "error";
  }
  return NULL;
}

int main(void) {
  const char *names[] = {"main.o",        "main.c",     "build/app",
                         "build/sub/app", "server.log", "README"};
  int ignored = 0;
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    const char *why = first_match(names[i]);
    printf("%-14s %s%s\n", names[i], why ? "ignored by " : "kept",
           why ? why : "");
    ignored += why != NULL;
  }
  int hidden =
      fnmatch(ignore[3].pattern, ".bashrc", ignore[3].flags) == FNM_NOMATCH;
  int visible = fnmatch(ignore[3].pattern, "bashrc", ignore[3].flags) == 0;
  int classes = fnmatch("img_[0-9][0-9].[pj][np]g", "img_42.png", 0) == 0;
  printf("hidden protected by FNM_PERIOD=%d, classes match=%d\n",
         hidden && visible, classes);
  return (ignored == 3 && hidden && visible && classes) ? 0 : 1;
}
