/* Allocate zeroed tables with calloc and resize with reallocarray, relying on
 * both to reject count*size overflow with ENOMEM, as hardened code does. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

struct cell {
  int32_t value;
  uint8_t flags;
};

static struct cell *make_grid(size_t rows, size_t cols) {
  struct cell *g = calloc(
      rows * cols, sizeof *g); /* note: rows*cols itself checked by caller */
  return g;
}

__attribute__((noinline)) static int calloc_refuses(size_t n, size_t size) {
  void *p = calloc(n, size);
  printf("calloc(%zu, %zu) -> %p\n", n, size,
         p); /* (errno is ENOMEM; test the pointer) */
  int refused = p == NULL;
  free(p);
  return refused;
}

int main(void) {
  struct cell *g = make_grid(200, 300);
  if (!g) {
    perror("calloc");
    return 1;
  }
  int all_zero = 1;
  for (size_t i = 0; i < 200 * 300; i++)
    all_zero &= g[i].value == 0 && g[i].flags == 0;
  g[299].value = 7;

  struct cell *bigger = reallocarray(g, 400 * 300, sizeof *g);
  if (!bigger) {
    perror("reallocarray");
    free(g);
    return 1;
  }
  g = bigger;
  memset(g + 200 * 300, 0,
         200 * 300 * sizeof *g); /* realloc does not zero the new part */
  int kept = g[299].value == 7;

  /* counts arrive at run time (e.g. from a file header), so hide them from the
   * optimiser */
  volatile size_t untrusted_count = SIZE_MAX / 2;
  int calloc_rejected =
      calloc_refuses(untrusted_count, 4); /* product overflows */

  void *grown = reallocarray(g, untrusted_count / 4, 16);
  printf("reallocarray(g, %zu, 16) -> %p\n", (size_t)untrusted_count / 4,
         grown);
  int realloc_rejected = grown == NULL;
  if (grown)
    g = grown; /* on failure g is still valid */

  printf("zeroed=%d kept=%d calloc overflow rejected=%d reallocarray overflow "
         "rejected=%d\n",
         all_zero, kept, calloc_rejected, realloc_rejected);
  free(g);
  return (all_zero && kept && calloc_rejected && realloc_rejected) ? 0 : 1;
}
