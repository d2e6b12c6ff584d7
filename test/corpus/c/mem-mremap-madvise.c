/* Grow an anonymous mapping in place or by moving with mremap(MREMAP_MAYMOVE),
 * and discard pages with madvise(MADV_DONTNEED), as custom allocators manage
 * arenas. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>

int main(void) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  size_t len = 8 * page;
  unsigned char *arena = mmap(NULL, len, PROT_READ | PROT_WRITE,
                              MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (arena == MAP_FAILED) {
    perror("mmap");
    return 1;
  }
  for (size_t i = 0; i < len; i++)
    arena[i] = (unsigned char)(i / page + 1);

  size_t newlen = 64 * page;
  unsigned char *grown = mremap(arena, len, newlen, MREMAP_MAYMOVE);
  if (grown == MAP_FAILED) {
    perror("mremap");
    return 1;
  }
  int preserved = grown[0] == 1 && grown[len - 1] == 8;
  int new_zero = grown[newlen - 1] == 0;
  printf("arena grown %zu -> %zu bytes (%s), contents preserved=%d, new tail "
         "zero=%d\n",
         len, newlen, grown == arena ? "in place" : "moved", preserved,
         new_zero);

  if (madvise(grown, 4 * page, MADV_DONTNEED) != 0) {
    perror("madvise");
    return 1;
  }
  int discarded =
      grown[0] == 0 &&
      grown[4 * page] == 5; /* private anon pages read back as zero */
  madvise(grown, newlen, MADV_WILLNEED);

  unsigned char *shrunk = mremap(grown, newlen, 2 * page, 0);
  int shrink_ok = shrunk == grown;
  printf("after MADV_DONTNEED: first page reads %d, page 4 kept=%d; shrink in "
         "place=%d\n",
         grown[0], discarded, shrink_ok);
  munmap(shrunk, 2 * page);
  return (preserved && new_zero && discarded && shrink_ok) ? 0 : 1;
}
