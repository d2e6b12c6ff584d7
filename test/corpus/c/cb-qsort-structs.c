/* Sort an array of records with qsort and multi-key comparison callbacks
 * (descending score, then name), as leaderboards and reports do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct player {
  char name[16];
  int score;
  int age;
};

static int by_score_desc_then_name(const void *pa, const void *pb) {
  const struct player *a = pa, *b = pb;
  if (a->score != b->score)
    return (b->score > a->score) - (b->score < a->score);
  return strcmp(a->name, b->name);
}

static int by_age(const void *pa, const void *pb) {
  const struct player *a = pa, *b = pb;
  return (a->age > b->age) - (a->age < b->age);
}

static int cmp_ptr_by_name(const void *pa, const void *pb) {
  const struct player *const *a = pa,
                             *const *b = pb; /* sorting pointers, not structs */
  return strcmp((*a)->name, (*b)->name);
}

static void show(const char *title, const struct player *p, size_t n) {
  printf("%s:", title);
  for (size_t i = 0; i < n; i++)
    printf(" %s(%d)", p[i].name, p[i].score);
  putchar('\n');
}

int main(void) {
  struct player roster[] = {
      {"mallory", 70, 31}, {"alice", 90, 25}, {"bob", 70, 40},
      {"carol", 95, 22},   {"dave", 90, 35},  {"eve", 10, 29},
  };
  size_t n = sizeof roster / sizeof roster[0];
  qsort(roster, n, sizeof roster[0], by_score_desc_then_name);
  show("by score", roster, n);
  int ok = strcmp(roster[0].name, "carol") == 0 &&
           strcmp(roster[1].name, "alice") == 0 &&
           strcmp(roster[3].name, "bob") == 0 &&
           strcmp(roster[5].name, "eve") == 0;

  const struct player *idx[6];
  for (size_t i = 0; i < n; i++)
    idx[i] = &roster[i];
  qsort(idx, n, sizeof idx[0], cmp_ptr_by_name);
  printf("index by name: %s .. %s\n", idx[0]->name, idx[n - 1]->name);
  ok = ok && strcmp(idx[0]->name, "alice") == 0 &&
       strcmp(idx[5]->name, "mallory") == 0;

  qsort(roster, n, sizeof roster[0], by_age);
  printf("youngest %s (%d), oldest %s (%d)\n", roster[0].name, roster[0].age,
         roster[n - 1].name, roster[n - 1].age);
  return ok && roster[0].age == 22 ? 0 : 1;
}
