/* Tune glibc malloc with mallopt (mmap threshold, arena count), observe it with
 * mallinfo2, and return memory with malloc_trim, as memory-sensitive servers
 * do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <malloc.h>

static void *volatile sink; /* make allocations observable so they are not
                               optimised away */

static void report(const char *when) {
  struct mallinfo2 mi = mallinfo2();
  printf(
      "%-14s arena %8zu  in-use %8zu  free %8zu  mmapped %8zu (%zu blocks)\n",
      when, mi.arena, mi.uordblks, mi.fordblks, mi.hblkhd, mi.hblks);
}

int main(void) {
  if (mallopt(M_MMAP_THRESHOLD, 64 * 1024) != 1) {
    fprintf(stderr, "mallopt M_MMAP_THRESHOLD failed\n");
    return 1;
  }
  if (mallopt(M_ARENA_MAX, 2) != 1) {
    fprintf(stderr, "mallopt M_ARENA_MAX failed\n");
    return 1;
  }
  mallopt(M_TRIM_THRESHOLD, 128 * 1024);
  report("start");

  void *big[4];
  for (int i = 0; i < 4; i++) {
    big[i] = malloc(256 * 1024);
    if (!big[i])
      return 1;
    memset(big[i], 1, 256 * 1024);
    sink = big[i];
  }
  struct mallinfo2 with_big = mallinfo2();
  report("4 big blocks");

  char *small[1000];
  for (int i = 0; i < 1000; i++) {
    small[i] = malloc(1000);
    if (!small[i])
      return 1;
    small[i][0] = 1;
    sink = small[i];
  }
  report("+1000 small");
  for (int i = 0; i < 4; i++)
    free(big[i]);
  for (int i = 0; i < 1000; i++)
    free(small[i]);
  report("all freed");
  int trimmed = malloc_trim(0);
  report("after trim");
  printf("big blocks were mmapped: %d, malloc_trim released memory: %d\n",
         with_big.hblks >= 4, trimmed);
  return with_big.hblks >= 4 ? 0 : 1;
}
