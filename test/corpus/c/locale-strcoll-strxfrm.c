/* Sort strings with qsort using strcoll, and precompute sort keys with strxfrm
 * for repeated comparisons, as locale-aware sorting code does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <locale.h>

struct keyed {
  const char *s;
  char *key;
};

static int by_coll(const void *a, const void *b) {
  return strcoll(*(const char *const *)a, *(const char *const *)b);
}

static int by_key(const void *a, const void *b) {
  return strcmp(((const struct keyed *)a)->key, ((const struct keyed *)b)->key);
}

static char *make_key(const char *s) {
  size_t n = strxfrm(NULL, s, 0) + 1;
  char *k = malloc(n);
  if (k)
    strxfrm(k, s, n);
  return k;
}

int main(void) {
  if (!setlocale(LC_COLLATE, "C.UTF-8")) {
    fprintf(stderr, "C.UTF-8 unavailable, using C\n");
  }
  const char *words[] = {"pear",   "Apple", "\u00e9clair",
                         "banana", "apple", "Zebra"};
  enum { N = sizeof words / sizeof words[0] };

  const char *sorted[N];
  memcpy(sorted, words, sizeof words);
  qsort(sorted, N, sizeof sorted[0], by_coll);

  struct keyed k[N];
  for (int i = 0; i < N; i++) {
    k[i].s = words[i];
    if (!(k[i].key = make_key(words[i]))) {
      perror("malloc");
      return 1;
    }
  }
  qsort(k, N, sizeof k[0], by_key);

  int same = 1;
  printf("strcoll order:");
  for (int i = 0; i < N; i++) {
    printf(" %s", sorted[i]);
    same &= strcmp(sorted[i], k[i].s) == 0;
  }
  printf("\nstrxfrm order matches: %d\n", same);
  for (int i = 0; i < N; i++)
    free(k[i].key);
  return (same && strcmp(sorted[0], "Apple") == 0 &&
          strcmp(sorted[N - 1], "\u00e9clair") == 0)
             ? 0
             : 1;
}
