/* Sort table rows by a runtime-chosen column and direction with qsort_r,
 * passing the sort spec as the comparator's context instead of a global. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { COL_ID, COL_CITY, COL_TEMP, NCOLS };
struct row {
  int id;
  const char *city;
  double temp;
};
struct sort_spec {
  int column;
  int descending;
  int calls;
};

static int compare_rows(const void *pa, const void *pb, void *ctx) {
  const struct row *a = pa, *b = pb;
  struct sort_spec *spec = ctx;
  spec->calls++;
  int r;
  switch (spec->column) {
  case COL_ID:
    r = (a->id > b->id) - (a->id < b->id);
    break;
  case COL_CITY:
    r = strcmp(a->city, b->city);
    break;
  default:
    r = (a->temp > b->temp) - (a->temp < b->temp);
    break;
  }
  return spec->descending ? -r : r;
}

static void sort_table(struct row *rows, size_t n, int column, int desc,
                       int *calls) {
  struct sort_spec spec = {column, desc, 0};
  qsort_r(rows, n, sizeof *rows, compare_rows, &spec);
  *calls = spec.calls;
}

int main(void) {
  struct row rows[] = {
      {3, "Oslo", -4.5},  {1, "Cairo", 31.0},    {4, "Lima", 18.2},
      {2, "Berlin", 9.9}, {5, "Auckland", 14.0},
  };
  size_t n = sizeof rows / sizeof rows[0];
  int calls;
  sort_table(rows, n, COL_TEMP, 1, &calls);
  printf("hottest first (%d comparisons):", calls);
  for (size_t i = 0; i < n; i++)
    printf(" %s=%.1f", rows[i].city, rows[i].temp);
  putchar('\n');
  int ok = rows[0].id == 1 && rows[4].id == 3 && calls > 0;

  sort_table(rows, n, COL_CITY, 0, &calls);
  printf("by city:");
  for (size_t i = 0; i < n; i++)
    printf(" %s", rows[i].city);
  putchar('\n');
  ok = ok && strcmp(rows[0].city, "Auckland") == 0;

  sort_table(rows, n, COL_ID, 0, &calls);
  for (size_t i = 0; i < n; i++)
    ok = ok && rows[i].id == (int)i + 1;
  printf("ids restored in order: %d\n", ok);
  return ok ? 0 : 1;
}
