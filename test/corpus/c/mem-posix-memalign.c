/* Allocate page- and sector-aligned I/O buffers with posix_memalign (checking
 * its returned error code) and memalign/valloc, as O_DIRECT and SIMD code
 * require. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <malloc.h>
#include <unistd.h>

static int aligned_to(const void *p, size_t a) {
  return ((uintptr_t)p & (a - 1)) == 0;
}

int main(void) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  void *io_buf = NULL;
  int err = posix_memalign(&io_buf, page,
                           16 * page); /* returns error, does not set errno */
  if (err) {
    fprintf(stderr, "posix_memalign: %s\n", strerror(err));
    return 1;
  }
  memset(io_buf, 0, 16 * page);

  void *sector = NULL;
  err = posix_memalign(&sector, 512, 4096);
  if (err) {
    fprintf(stderr, "posix_memalign: %s\n", strerror(err));
    return 1;
  }

  void *bad = NULL;
  int einval = posix_memalign(&bad, 24, 100); /* not a power of two */

  void *m = memalign(64, 1000);
  void *v = valloc(100);
  printf("page %zu: io_buf page-aligned=%d, sector 512-aligned=%d, memalign "
         "64=%d, valloc page=%d, bad alignment -> %s\n",
         page, aligned_to(io_buf, page), aligned_to(sector, 512),
         m && aligned_to(m, 64), v && aligned_to(v, page),
         einval ? strerror(einval) : "accepted?");
  int ok = aligned_to(io_buf, page) && aligned_to(sector, 512) && m &&
           aligned_to(m, 64) && v && aligned_to(v, page) && einval;
  free(io_buf);
  free(sector);
  free(m);
  free(v);
  return ok ? 0 : 1;
}
