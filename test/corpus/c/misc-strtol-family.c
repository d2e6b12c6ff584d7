/* Validate numeric input with strtol/strtoul/strtoll/strtod using endptr and
 * errno (ERANGE), including suffixed sizes like "64K", as robust argument
 * parsers do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <math.h>

static int parse_int(const char *s, int base, long *out) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, base);
  if (end == s)
    return -1; /* no digits */
  if (*end != '\0')
    return -2; /* trailing garbage */
  if (errno == ERANGE)
    return -3; /* overflow/underflow */
  *out = v;
  return 0;
}

static int parse_size(const char *s, unsigned long long *out) {
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (end == s || errno == ERANGE || s[0] == '-')
    return -1;
  unsigned long long mult = 1;
  switch (*end) {
  case 'K':
  case 'k':
    mult = 1024ULL;
    end++;
    break;
  case 'M':
  case 'm':
    mult = 1024ULL * 1024;
    end++;
    break;
  case 'G':
  case 'g':
    mult = 1024ULL * 1024 * 1024;
    end++;
    break;
  case '\0':
    break;
  default:
    return -1;
  }
  if (*end != '\0' || v > ULLONG_MAX / mult)
    return -1;
  *out = v * mult;
  return 0;
}

int main(void) {
  const char *inputs[] = {"42",    "  -17", "0x1F",
                          "12abc", "",      "99999999999999999999999"};
  int expect[] = {0, 0, 0, -2, -1, -3};
  int ok = 1;
  for (int i = 0; i < 6; i++) {
    long v = 0;
    int rc =
        parse_int(inputs[i], 0, &v); /* base 0: accepts 0x.. and 0.. prefixes */
    printf("strtol('%s') -> rc %d value %ld\n", inputs[i], rc, v);
    ok &= rc == expect[i];
  }
  unsigned long long sz;
  ok &= parse_size("64K", &sz) == 0 && sz == 65536;
  printf("64K = %llu\n", sz);
  ok &= parse_size("3G", &sz) == 0 && sz == 3221225472ULL;
  ok &= parse_size("5X", &sz) != 0;

  char *end;
  errno = 0;
  double d = strtod("6.02e23 molecules", &end);
  double huge = strtod("1e999", NULL);
  int range = errno == ERANGE;
  unsigned long u = strtoul("ff", NULL, 16);
  long long ll = strtoll("-9223372036854775808", NULL, 10);
  printf("strtod %.3g rest '%s', 1e999 -> %s (ERANGE=%d), strtoul hex %lu, "
         "strtoll min %lld\n",
         d, end, isinf(huge) ? "inf" : "?", range, u, ll);
  return (ok && strcmp(end, " molecules") == 0 && range && u == 255 &&
          ll == LLONG_MIN)
             ? 0
             : 1;
}
