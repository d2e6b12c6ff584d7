/* Build a symbol table with the POSIX hash table (hcreate/hsearch ENTER/FIND)
 * and the reentrant hcreate_r/hsearch_r variant, as small interpreters do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <search.h>

static int define(const char *name, long value) {
  ENTRY e = {(char *)name, (void *)value};
  ENTRY *r = hsearch(e, ENTER); /* existing key: returns old entry unchanged */
  if (!r) {
    perror("hsearch ENTER");
    return -1;
  }
  r->data = (void *)value; /* overwrite explicitly */
  return 0;
}

static int lookup(const char *name, long *out) {
  ENTRY e = {(char *)name, NULL};
  ENTRY *r = hsearch(e, FIND);
  if (!r)
    return 0;
  *out = (long)r->data;
  return 1;
}

int main(void) {
  if (!hcreate(64)) {
    perror("hcreate");
    return 1;
  }
  define("width", 80);
  define("height", 24);
  define("depth", 8);
  define("width", 132);
  long w = 0, h = 0, x = 0;
  int fw = lookup("width", &w), fh = lookup("height", &h),
      fx = lookup("missing", &x);
  printf("width=%ld height=%ld missing found=%d\n", w, h, fx);
  hdestroy();

  struct hsearch_data tab;
  memset(&tab, 0, sizeof tab);
  if (!hcreate_r(16, &tab)) {
    perror("hcreate_r");
    return 1;
  }
  const char *colors[] = {"red", "green", "blue"};
  for (long i = 0; i < 3; i++) {
    ENTRY e = {(char *)colors[i], (void *)(i + 1)}, *r;
    hsearch_r(e, ENTER, &r, &tab);
  }
  ENTRY q = {"green", NULL}, *r = NULL;
  int found = hsearch_r(q, FIND, &r, &tab);
  printf("reentrant table: green -> %ld\n", found ? (long)r->data : -1L);
  hdestroy_r(&tab);
  return (fw && fh && !fx && w == 132 && h == 24 && found && (long)r->data == 2)
             ? 0
             : 1;
}
