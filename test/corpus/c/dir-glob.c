/* Expand filename patterns with glob, appending a second pattern with
 * GLOB_APPEND and using an error callback, as shells and build tools do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glob.h>
#include <fcntl.h>
#include <unistd.h>

static int glob_error(const char *path, int err) {
  fprintf(stderr, "glob: %s: %s\n", path, strerror(err));
  return 0; /* keep going */
}

static void touch(const char *dir, const char *name) {
  char p[256];
  snprintf(p, sizeof p, "%s/%s", dir, name);
  int fd = open(p, O_CREAT | O_WRONLY, 0644);
  if (fd >= 0)
    close(fd);
}

int main(void) {
  char dir[] = "/tmp/globdemo.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  const char *names[] = {"main.c",   "util.c",   "util.h",
                         "notes.md", "test_1.c", "test_2.c"};
  for (int i = 0; i < 6; i++)
    touch(dir, names[i]);

  char pat1[256], pat2[256], pat3[256];
  snprintf(pat1, sizeof pat1, "%s/*.[ch]", dir);
  snprintf(pat2, sizeof pat2, "%s/*.md", dir);
  snprintf(pat3, sizeof pat3, "%s/*.rs", dir);

  glob_t g;
  int rc = glob(pat1, 0, glob_error, &g);
  if (rc != 0) {
    fprintf(stderr, "glob failed: %d\n", rc);
    return 1;
  }
  size_t first = g.gl_pathc;
  rc = glob(pat2, GLOB_APPEND, glob_error, &g);
  int nomatch = glob(pat3, GLOB_APPEND, glob_error, &g);
  printf("%zu matches (first pattern %zu), *.rs -> %s\n", g.gl_pathc, first,
         nomatch == GLOB_NOMATCH ? "GLOB_NOMATCH" : "?");
  for (size_t i = 0; i < g.gl_pathc; i++) {
    printf("  %s\n", strrchr(g.gl_pathv[i], '/') + 1);
    unlink(g.gl_pathv[i]);
  }
  int ok = first == 5 && g.gl_pathc == 6 && nomatch == GLOB_NOMATCH;
  globfree(&g);
  rmdir(dir);
  return ok ? 0 : 1;
}
