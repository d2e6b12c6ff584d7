/* Maintain a small unsorted set with lsearch (append if missing) and query it
 * with lfind, as tiny tools dedupe short lists without a hash table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <search.h>

struct host {
  char name[32];
  int hits;
};

static int cmp_host(const void *a, const void *b) {
  return strcmp(((const struct host *)a)->name, ((const struct host *)b)->name);
}

static int cmp_int(const void *a, const void *b) {
  return *(const int *)a != *(const int *)b; /* only equality matters */
}

int main(void) {
  const char *log[] = {"db1", "web2", "db1", "cache", "web2", "db1", "web1"};
  struct host table[8];
  size_t n = 0;
  for (size_t i = 0; i < sizeof log / sizeof *log; i++) {
    struct host key = {.hits = 0};
    snprintf(key.name, sizeof key.name, "%s", log[i]);
    struct host *h = lsearch(&key, table, &n, sizeof table[0],
                             cmp_host); /* inserts when absent */
    h->hits++;
  }
  printf("%zu distinct hosts:", n);
  for (size_t i = 0; i < n; i++)
    printf(" %s=%d", table[i].name, table[i].hits);
  putchar('\n');

  struct host probe = {"cache", 0}, missing = {"mail", 0};
  struct host *c = lfind(&probe, table, &n, sizeof table[0], cmp_host);
  struct host *m = lfind(&missing, table, &n, sizeof table[0], cmp_host);

  int ports[] = {22, 80, 443, 8080};
  size_t np = 4;
  int want = 443;
  int *p = lfind(&want, ports, &np, sizeof ports[0], cmp_int);
  printf("cache hits=%d, mail found=%d, 443 at index %td\n", c ? c->hits : -1,
         m != NULL, p ? p - ports : -1);
  return (n == 4 && table[0].hits == 3 && c && c->hits == 1 && !m &&
          p == &ports[2])
             ? 0
             : 1;
}
