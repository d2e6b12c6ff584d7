/* Grow a dynamic array geometrically with realloc, mix small and large
 * (mmap-backed) blocks, and check malloc_usable_size, as vectors and buffers
 * do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <malloc.h>

struct vec {
  double *data;
  size_t len, cap;
  int reallocs;
};

static int vec_push(struct vec *v, double x) {
  if (v->len == v->cap) {
    size_t ncap = v->cap ? v->cap * 2 : 4;
    double *p =
        realloc(v->data, ncap * sizeof *p); /* keep old block on failure */
    if (!p)
      return -1;
    v->data = p;
    v->cap = ncap;
    v->reallocs++;
  }
  v->data[v->len++] = x;
  return 0;
}

static void vec_shrink(struct vec *v) {
  double *p = realloc(v->data, v->len * sizeof *p);
  if (p) {
    v->data = p;
    v->cap = v->len;
  }
}

int main(void) {
  struct vec v = {NULL, 0, 0, 0};
  for (int i = 0; i < 100000; i++)
    if (vec_push(&v, i * 0.5) != 0) {
      perror("realloc");
      return 1;
    }
  vec_shrink(&v);
  double sum = 0;
  for (size_t i = 0; i < v.len; i++)
    sum += v.data[i];
  printf("vector: %zu elements, capacity %zu, %d reallocs, sum %.1f\n", v.len,
         v.cap, v.reallocs, sum);

  char *small[64];
  for (int i = 0; i < 64; i++) {
    small[i] = malloc((size_t)(i + 1) * 8);
    if (!small[i]) {
      perror("malloc");
      return 1;
    }
    memset(small[i], i, (size_t)(i + 1) * 8);
  }
  size_t usable = malloc_usable_size(small[0]);
  char *big = malloc(8 * 1024 * 1024); /* above the mmap threshold */
  if (!big) {
    perror("malloc big");
    return 1;
  }
  memset(big, 0xab, 8 * 1024 * 1024);
  big = realloc(big, 16 * 1024 * 1024); /* may use mremap under the hood */
  int kept = big && (unsigned char)big[8 * 1024 * 1024 - 1] == 0xab;
  for (int i = 0; i < 64; i += 2)
    free(small[i]);
  for (int i = 1; i < 64; i += 2)
    free(small[i]);
  free(big);
  free(v.data);
  free(NULL); /* explicitly allowed */
  printf("usable size of an 8-byte block: %zu, big block contents kept: %d\n",
         usable, kept);
  return (v.len == 100000 && sum == 2499975000.0 && usable >= 8 && kept) ? 0
                                                                         : 1;
}
