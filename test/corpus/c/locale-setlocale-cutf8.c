/* Switch the program to a UTF-8 locale with setlocale(LC_ALL, "C.UTF-8"),
 * falling back to the environment, and query the codeset as i18n-aware tools do
 * at startup. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <wctype.h>

static const char *init_locale(void) {
  const char *got = setlocale(LC_ALL, "C.UTF-8");
  if (!got)
    got = setlocale(LC_ALL, ""); /* whatever the environment says */
  if (!got)
    got = setlocale(LC_ALL, "C");
  return got;
}

static size_t count_chars(const char *s) {
  size_t n = mbstowcs(NULL, s, 0);
  return n == (size_t)-1 ? 0 : n;
}

int main(void) {
  const char *before = setlocale(LC_ALL, NULL);
  printf("initial locale: %s\n", before);
  const char *loc = init_locale();
  if (!loc) {
    fprintf(stderr, "no usable locale\n");
    return 1;
  }
  const char *cs = nl_langinfo(CODESET);
  printf("now: %s, codeset %s, MB_CUR_MAX %zu\n", loc, cs, (size_t)MB_CUR_MAX);

  const char *word = "na\xc3\xafve \xe2\x82\xac"; /* "naïve €" */
  size_t chars = count_chars(word);
  wchar_t wc;
  mbtowc(&wc, "\xc3\xa9", 2);
  wint_t upper = towupper((wint_t)wc);
  printf("\"%s\": %zu bytes, %zu characters; U+%04X alpha=%d upper=U+%04X\n",
         word, strlen(word), chars, (unsigned)wc, iswalpha((wint_t)wc) != 0,
         (unsigned)upper);
  int utf8 = strcmp(cs, "UTF-8") == 0;
  setlocale(LC_ALL, "C"); /* restore the portable default */
  return (utf8 && chars == 7 && wc == 0xe9 && upper == 0xc9) ? 0 : 1;
}
