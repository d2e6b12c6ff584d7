/* Pick a comparison function by name from a table of {name, comparator} pairs,
 * as sort utilities map --key options to callbacks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct file_info {
  const char *name;
  long size;
  long mtime;
};
typedef int (*cmp_fn)(const void *, const void *);

static int by_name(const void *a, const void *b) {
  return strcasecmp(((const struct file_info *)a)->name,
                    ((const struct file_info *)b)->name);
}
static int by_size(const void *a, const void *b) {
  long x = ((const struct file_info *)a)->size,
       y = ((const struct file_info *)b)->size;
  return (x > y) - (x < y);
}
static int by_mtime(const void *a, const void *b) {
  long x = ((const struct file_info *)a)->mtime,
       y = ((const struct file_info *)b)->mtime;
  return (x > y) - (x < y);
}

static const struct {
  const char *key;
  cmp_fn fn;
} sorters[] = {
    {"name", by_name},
    {"size", by_size},
    {"time", by_mtime},
};

static cmp_fn find_sorter(const char *key) {
  for (size_t i = 0; i < sizeof sorters / sizeof sorters[0]; i++)
    if (strcmp(sorters[i].key, key) == 0)
      return sorters[i].fn;
  return NULL;
}

static const char *sorted_first(struct file_info *files, size_t n,
                                const char *key) {
  cmp_fn fn = find_sorter(key);
  if (!fn) {
    fprintf(stderr, "unknown sort key '%s'\n", key);
    return NULL;
  }
  qsort(files, n, sizeof *files, fn);
  return files[0].name;
}

int main(void) {
  struct file_info files[] = {
      {"Readme", 1200, 300},
      {"main.c", 56000, 100},
      {"build.sh", 300, 200},
      {"LICENSE", 1100, 50},
  };
  const char *keys[] = {"name", "size", "time", "color"};
  const char *want[] = {"build.sh", "build.sh", "LICENSE", NULL};
  int ok = 1;
  for (int i = 0; i < 4; i++) {
    const char *first = sorted_first(files, 4, keys[i]);
    printf("sort by %-5s -> first: %s\n", keys[i], first ? first : "(error)");
    if ((first == NULL) != (want[i] == NULL) ||
        (first && strcmp(first, want[i]) != 0))
      ok = 0;
  }
  return ok ? 0 : 1;
}
