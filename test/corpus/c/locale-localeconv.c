/* Read numeric and monetary formatting conventions with localeconv to format
 * numbers by hand, as report generators do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <locale.h>

static void format_number(char *out, size_t len, double v,
                          const struct lconv *lc) {
  char raw[64];
  snprintf(raw, sizeof raw, "%.2f", v);
  char *dot = strchr(raw, '.');
  size_t intlen = dot ? (size_t)(dot - raw) : strlen(raw);
  const char *sep =
      (lc->thousands_sep && *lc->thousands_sep) ? lc->thousands_sep : ",";
  size_t o = 0;
  for (size_t i = 0; i < intlen && o + 4 < len; i++) {
    out[o++] = raw[i];
    size_t rest = intlen - i - 1;
    if (rest > 0 && rest % 3 == 0) {
      strcpy(out + o, sep);
      o += strlen(sep);
    }
  }
  snprintf(out + o, len - o, "%s%s", lc->decimal_point, dot ? dot + 1 : "00");
}

int main(void) {
  if (!setlocale(LC_ALL, "C.UTF-8"))
    setlocale(LC_ALL, "C");
  struct lconv *lc = localeconv();
  printf("decimal_point='%s' thousands_sep='%s' grouping len=%zu int_curr='%s' "
         "frac_digits=%d\n",
         lc->decimal_point, lc->thousands_sep, strlen(lc->grouping),
         lc->int_curr_symbol, lc->frac_digits);

  char buf[64];
  format_number(buf, sizeof buf, 1234567.891, lc);
  printf("formatted: %s\n", buf);
  int ok =
      strcmp(lc->decimal_point, ".") == 0 && strcmp(buf, "1,234,567.89") == 0;

  char *end;
  double d = strtod("3.75", &end); /* strtod honours LC_NUMERIC */
  printf("strtod parsed %.2f\n", d);
  return ok && d == 3.75 ? 0 : 1;
}
