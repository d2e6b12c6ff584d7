/* Produce plain-ASCII slugs from UTF-8 with iconv to "ASCII//TRANSLIT", as URL
 * slug and filename sanitisers do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <locale.h>
#include <iconv.h>

static int transliterate(const char *in, char *out, size_t outsz) {
  iconv_t cd = iconv_open("ASCII//TRANSLIT", "UTF-8");
  if (cd == (iconv_t)-1) {
    perror("iconv_open");
    return -1;
  }
  char *ip = (char *)in, *op = out;
  size_t il = strlen(in), ol = outsz - 1;
  size_t r = iconv(cd, &ip, &il, &op, &ol);
  iconv_close(cd);
  if (r == (size_t)-1) {
    perror("iconv");
    return -1;
  }
  *op = '\0';
  return (int)r; /* number of irreversible conversions */
}

static void slugify(char *s) {
  char *w = s;
  int dash = 0;
  for (char *r = s; *r; r++) {
    if (isalnum((unsigned char)*r)) {
      *w++ = (char)tolower((unsigned char)*r);
      dash = 0;
    } else if (!dash && w != s) {
      *w++ = '-';
      dash = 1;
    }
  }
  if (w > s && w[-1] == '-')
    w--;
  *w = '\0';
}

int main(void) {
  setlocale(LC_ALL, "C.UTF-8"); /* transliteration tables come from LC_CTYPE */
  const char *title =
      "\xc2\xabSmart\xc2\xbb quotes \xe2\x80\x94 and \xe2\x80\x9c"
      "dashes\xe2\x80\x9d \xe2\x82\xac"
      "5";
  char ascii[128];
  int irrev = transliterate(title, ascii, sizeof ascii);
  if (irrev < 0)
    return 1;
  printf("ascii: %s (%d irreversible)\n", ascii, irrev);
  for (char *p = ascii; *p; p++)
    if ((unsigned char)*p > 127) {
      fprintf(stderr, "non-ascii left\n");
      return 1;
    }
  slugify(ascii);
  printf("slug:  %s\n", ascii);
  return (irrev > 0 && strncmp(ascii, "smart-quotes-and-dashes", 23) == 0) ? 0
                                                                           : 1;
}
