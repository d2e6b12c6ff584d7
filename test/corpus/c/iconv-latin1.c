/* Transcode between UTF-8 and ISO-8859-1 with iconv, handling unconvertible
 * input (EILSEQ) by substituting and skipping, as mail and legacy importers do.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <iconv.h>

/* Convert, replacing characters the target cannot represent with '?'. Returns
 * number of substitutions. */
static int to_latin1(iconv_t cd, const char *in, char *out, size_t outsz) {
  char *ip = (char *)in, *op = out;
  size_t il = strlen(in), ol = outsz - 1;
  int subs = 0;
  while (il > 0) {
    if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1)
      break;
    if (errno == EILSEQ && ol > 0) {
      /* skip one UTF-8 sequence */
      unsigned char c = (unsigned char)*ip;
      size_t skip = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
      if (skip > il)
        skip = il;
      ip += skip;
      il -= skip;
      *op++ = '?';
      ol--;
      subs++;
    } else {
      perror("iconv");
      return -1;
    }
  }
  iconv(cd, NULL, NULL, &op, &ol); /* flush/reset state */
  *op = '\0';
  return subs;
}

int main(void) {
  iconv_t enc = iconv_open("ISO-8859-1", "UTF-8");
  iconv_t dec = iconv_open("UTF-8", "ISO-8859-1");
  if (enc == (iconv_t)-1 || dec == (iconv_t)-1) {
    perror("iconv_open");
    return 1;
  }

  char latin[64];
  int subs = to_latin1(enc, "caf\xc3\xa9 co\xc3\xbbt 5\xe2\x82\xac", latin,
                       sizeof latin); /* "café coût 5€" */
  printf("latin1 bytes:");
  for (char *p = latin; *p; p++)
    printf(" %02x", (unsigned char)*p);
  printf("  (%d substituted)\n", subs);

  char utf8[64], *ip = latin, *op = utf8;
  size_t il = strlen(latin), ol = sizeof utf8 - 1;
  if (iconv(dec, &ip, &il, &op, &ol) == (size_t)-1) {
    perror("iconv back");
    return 1;
  }
  *op = '\0';
  printf("back to UTF-8: %s\n", utf8);
  iconv_close(enc);
  iconv_close(dec);
  return (subs == 1 && strlen(latin) == 12 && (unsigned char)latin[3] == 0xe9 &&
          strcmp(utf8, "caf\xc3\xa9 co\xc3\xbbt 5?") == 0)
             ? 0
             : 1;
}
