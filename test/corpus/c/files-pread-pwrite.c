/* Read and write fixed-size pages at explicit offsets with pread/pwrite, as
 * storage engines do without moving the file offset. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdint.h>

#define PAGE 512

struct page_hdr {
  uint32_t page_no;
  uint32_t checksum;
};

static uint32_t checksum(const unsigned char *p, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) {
    h ^= p[i];
    h *= 16777619u;
  }
  return h;
}

static int write_page(int fd, uint32_t no) {
  unsigned char buf[PAGE];
  memset(buf, (int)(no * 7 + 1), sizeof buf);
  struct page_hdr h = {no, 0};
  h.checksum = checksum(buf + sizeof h, PAGE - sizeof h);
  memcpy(buf, &h, sizeof h);
  return pwrite(fd, buf, PAGE, (off_t)no * PAGE) == PAGE ? 0 : -1;
}

static int verify_page(int fd, uint32_t no) {
  unsigned char buf[PAGE];
  if (pread(fd, buf, PAGE, (off_t)no * PAGE) != PAGE)
    return -1;
  struct page_hdr h;
  memcpy(&h, buf, sizeof h);
  return (h.page_no == no &&
          h.checksum == checksum(buf + sizeof h, PAGE - sizeof h))
             ? 0
             : -1;
}

int main(void) {
  char path[] = "/tmp/pages.XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) {
    perror("mkstemp");
    return 1;
  }
  unlink(path);
  static const uint32_t order[] = {5, 1, 7, 0,
                                   3, 2, 6, 4}; /* out-of-order writes */
  for (size_t i = 0; i < 8; i++)
    if (write_page(fd, order[i]) != 0) {
      perror("pwrite");
      return 1;
    }
  off_t pos = lseek(fd, 0, SEEK_CUR);
  int bad = 0;
  for (uint32_t p = 0; p < 8; p++)
    if (verify_page(fd, p) != 0) {
      fprintf(stderr, "page %u corrupt\n", p);
      bad++;
    }
  printf("8 pages verified, %d bad, file offset still %ld\n", bad, (long)pos);
  close(fd);
  return (bad == 0 && pos == 0) ? 0 : 1;
}
