/* Obtain secure random bytes with getrandom (handling short reads/EINTR) and
 * getentropy to seed a PRNG and format a version-4 UUID. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <stdint.h>
#include <unistd.h>
#include <sys/random.h>

static int fill_random(void *buf, size_t len) {
  unsigned char *p = buf;
  while (len > 0) {
    ssize_t n = getrandom(p, len, 0);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return -1;
    }
    p += n;
    len -= (size_t)n;
  }
  return 0;
}

static void uuid4(char out[37]) {
  unsigned char b[16];
  if (fill_random(b, sizeof b) != 0) {
    perror("getrandom");
    exit(1);
  }
  b[6] = (unsigned char)((b[6] & 0x0f) | 0x40); /* version 4 */
  b[8] = (unsigned char)((b[8] & 0x3f) | 0x80); /* RFC 4122 variant */
  snprintf(
      out, 37,
      "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11],
      b[12], b[13], b[14], b[15]);
}

int main(void) {
  char a[37], b[37];
  uuid4(a);
  uuid4(b);
  printf("uuid: %s\nuuid: %s\n", a, b);

  uint64_t seed;
  if (getentropy(&seed, sizeof seed) != 0) {
    perror("getentropy");
    return 1;
  }
  srandom((unsigned)(seed ^ (seed >> 32)));
  printf("seeded PRNG, first value %ld\n", random() % 1000);

  unsigned char big[300];
  int too_big =
      getentropy(big, sizeof big) != 0 && errno == EIO; /* max 256 bytes */
  unsigned char nb[16];
  ssize_t n = getrandom(nb, sizeof nb, GRND_NONBLOCK);
  printf("getentropy(300) rejected=%d, nonblocking getrandom returned %zd\n",
         too_big, n);
  return (strcmp(a, b) != 0 && a[14] == '4' && strchr("89ab", a[19]) &&
          too_big && n == 16)
             ? 0
             : 1;
}
