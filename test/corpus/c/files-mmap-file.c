/* Map a file with mmap to count words in place, then modify it through a
 * MAP_SHARED mapping and msync, as fast file scanners do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/stat.h>

static size_t count_words(const char *p, size_t n) {
  size_t words = 0;
  int in = 0;
  for (size_t i = 0; i < n; i++) {
    if (isspace((unsigned char)p[i]))
      in = 0;
    else if (!in) {
      in = 1;
      words++;
    }
  }
  return words;
}

int main(void) {
  char path[] = "/tmp/mmapfile.XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) {
    perror("mkstemp");
    return 1;
  }
  const char *text = "the quick brown fox\njumps over the lazy dog\n";
  for (int i = 0; i < 100; i++)
    if (write(fd, text, strlen(text)) < 0) {
      perror("write");
      return 1;
    }

  struct stat st;
  if (fstat(fd, &st) != 0) {
    perror("fstat");
    return 1;
  }
  size_t len = (size_t)st.st_size;
  char *map = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  if (map == MAP_FAILED) {
    perror("mmap");
    return 1;
  }
  madvise(map, len, MADV_SEQUENTIAL);
  size_t words = count_words(map, len);

  for (size_t i = 0; i < len; i++)
    map[i] = (char)toupper((unsigned char)map[i]);
  if (msync(map, len, MS_SYNC) != 0) {
    perror("msync");
    return 1;
  }
  munmap(map, len);

  char check[8] = "";
  if (pread(fd, check, 7, 0) != 7) {
    perror("pread");
    return 1;
  }
  close(fd);
  unlink(path);
  printf("%zu bytes, %zu words, first bytes now \"%s\"\n", len, words, check);
  return (words == 900 && strcmp(check, "THE QUI") == 0) ? 0 : 1;
}
