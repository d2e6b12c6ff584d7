/* Convert UTF-8 text to UTF-16LE (and back) with iconv_open/iconv, growing the
 * output buffer on E2BIG, as code talking to Windows formats does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <iconv.h>

static char *convert(const char *to, const char *from, const char *in,
                     size_t inlen, size_t *outlen) {
  iconv_t cd = iconv_open(to, from);
  if (cd == (iconv_t)-1) {
    perror("iconv_open");
    return NULL;
  }
  size_t cap = 4, used = 0; /* deliberately small to exercise E2BIG */
  char *out = malloc(cap);
  char *inp = (char *)in;
  size_t left = inlen;
  while (out) {
    char *op = out + used;
    size_t oleft = cap - used;
    size_t r = iconv(cd, &inp, &left, &op, &oleft);
    used = (size_t)(op - out);
    if (r != (size_t)-1)
      break;
    if (errno != E2BIG) {
      perror("iconv");
      free(out);
      out = NULL;
      break;
    }
    cap *= 2;
    char *grown = realloc(out, cap);
    if (!grown) {
      free(out);
      out = NULL;
      break;
    }
    out = grown;
  }
  iconv_close(cd);
  *outlen = used;
  return out;
}

int main(void) {
  const char *text = "Hi \xc3\xa9 \xf0\x9f\x98\x80"; /* "Hi é 😀" */
  size_t n16;
  unsigned char *u16 =
      (unsigned char *)convert("UTF-16LE", "UTF-8", text, strlen(text), &n16);
  if (!u16)
    return 1;
  printf("UTF-16LE: %zu bytes:", n16);
  for (size_t i = 0; i < n16; i++)
    printf(" %02x", u16[i]);
  putchar('\n');
  int surrogate =
      n16 == 14 && u16[10] == 0x3d && u16[11] == 0xd8; /* high surrogate D83D */

  size_t n8;
  char *back = convert("UTF-8", "UTF-16LE", (char *)u16, n16, &n8);
  if (!back)
    return 1;
  int roundtrip = n8 == strlen(text) && memcmp(back, text, n8) == 0;
  printf("round trip ok=%d, surrogate pair ok=%d\n", roundtrip, surrogate);
  free(u16);
  free(back);
  return roundtrip && surrogate ? 0 : 1;
}
