/* Convert UTF-8 text to wide characters with mbstowcs to operate per character
 * (reverse, width), then back with wcstombs. */
#define _XOPEN_SOURCE 700
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <locale.h>
#include <wchar.h>

static wchar_t *to_wide(const char *s) {
  size_t n = mbstowcs(NULL, s, 0);
  if (n == (size_t)-1)
    return NULL;
  wchar_t *w = calloc(n + 1, sizeof *w);
  if (w)
    mbstowcs(w, s, n + 1);
  return w;
}

static char *to_multibyte(const wchar_t *w) {
  size_t n = wcstombs(NULL, w, 0);
  if (n == (size_t)-1)
    return NULL;
  char *s = malloc(n + 1);
  if (s)
    wcstombs(s, w, n + 1);
  return s;
}

static void reverse(wchar_t *w) {
  size_t n = wcslen(w);
  for (size_t i = 0; i < n / 2; i++) {
    wchar_t t = w[i];
    w[i] = w[n - 1 - i];
    w[n - 1 - i] = t;
  }
}

int main(void) {
  if (!setlocale(LC_CTYPE, "C.UTF-8")) {
    fprintf(stderr, "setlocale failed\n");
    return 1;
  }
  const char *text =
      "gr\xc3\xbc\xc3\x9f \xe6\x97\xa5\xe6\x9c\xac"; /* "grüß 日本" */
  wchar_t *w = to_wide(text);
  if (!w) {
    perror("mbstowcs");
    return 1;
  }
  size_t chars = wcslen(w);
  int cols = wcswidth(w, chars);
  reverse(w);
  char *back = to_multibyte(w);
  if (!back) {
    perror("wcstombs");
    return 1;
  }
  printf("%zu bytes, %zu chars, %d columns; reversed: %s\n", strlen(text),
         chars, cols, back);
  int ok = chars == 7 && cols == 9 &&
           strcmp(back, "\xe6\x9c\xac\xe6\x97\xa5 \xc3\x9f\xc3\xbcrg") == 0;

  int bad = mbstowcs(NULL, "\xff\xfe", 0) == (size_t)-1; /* invalid UTF-8 */
  printf("invalid sequence rejected: %d\n", bad);
  free(w);
  free(back);
  return ok && bad ? 0 : 1;
}
