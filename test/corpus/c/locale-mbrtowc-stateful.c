/* Decode UTF-8 arriving in arbitrary chunks with mbrtowc and an mbstate_t
 * carried between calls, as streaming parsers handle split characters. */
#include <stdio.h>
#include <string.h>
#include <locale.h>
#include <wchar.h>

struct decoder {
  mbstate_t st;
  unsigned long codepoint_sum;
  int chars;
  int errors;
};

static void feed(struct decoder *d, const char *buf, size_t len) {
  while (len > 0) {
    wchar_t wc;
    size_t r = mbrtowc(&wc, buf, len, &d->st);
    if (r == (size_t)-2)
      return; /* incomplete: state keeps the prefix */
    if (r == (size_t)-1) {
      d->errors++;
      memset(&d->st, 0, sizeof d->st);
      r = 1;
    } else {
      if (r == 0)
        r = 1; /* decoded a NUL */
      d->codepoint_sum += (unsigned long)wc;
      d->chars++;
    }
    buf += r;
    len -= r;
  }
}

int main(void) {
  if (!setlocale(LC_CTYPE, "C.UTF-8")) {
    fputs("setlocale failed\n", stderr);
    return 1;
  }
  const char msg[] = "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80Z"; /* A é € 😀 Z */
  size_t n = sizeof msg - 1;
  /* deliver in 1..3 byte chunks so multibyte chars are split */
  struct decoder d;
  memset(&d, 0, sizeof d);
  size_t off = 0, step = 1;
  while (off < n) {
    size_t len = step < n - off ? step : n - off;
    feed(&d, msg + off, len);
    off += len;
    step = step % 3 + 1;
  }
  int complete = mbsinit(&d.st);
  printf("decoded %d chars, codepoint sum %lu, errors %d, final state "
         "initial=%d\n",
         d.chars, d.codepoint_sum, d.errors, complete);
  unsigned long want = 0x41 + 0xe9 + 0x20ac + 0x1f600 + 0x5a;

  char out[8];
  mbstate_t ws;
  memset(&ws, 0, sizeof ws);
  size_t w = wcrtomb(out, 0x20ac, &ws);
  printf("wcrtomb(U+20AC) -> %zu bytes\n", w);
  return (d.chars == 5 && d.codepoint_sum == want && d.errors == 0 &&
          complete && w == 3)
             ? 0
             : 1;
}
