/* Switch the process time zone with setenv("TZ") and tzset, reading
 * tzname/timezone/daylight, as tools that print times for a given zone do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void show(const char *tz, time_t t, char *out, size_t len) {
  if (tz)
    setenv("TZ", tz, 1);
  else
    unsetenv("TZ");
  tzset();
  struct tm tm;
  localtime_r(&t, &tm);
  strftime(out, len, "%Y-%m-%d %H:%M %Z", &tm);
  printf("%-28s %s (tzname=%s/%s, timezone=%ld, gmtoff=%ld)\n",
         tz ? tz : "(unset)", out, tzname[0], tzname[1], timezone,
         tm.tm_gmtoff);
}

int main(void) {
  time_t t = 1719835200; /* 2024-07-01 12:00 UTC */
  char utc[64], fixed[64], rule[64];
  show("UTC0", t, utc, sizeof utc);
  show("ABC-5:30", t, fixed,
       sizeof fixed); /* POSIX TZ: no tzdata file needed */
  show("EST5EDT,M3.2.0,M11.1.0", t, rule,
       sizeof rule); /* POSIX rule with DST */
  int ok = strcmp(utc, "2024-07-01 12:00 UTC") == 0 &&
           strcmp(fixed, "2024-07-01 17:30 ABC") == 0 &&
           strcmp(rule, "2024-07-01 08:00 EDT") == 0;
  char dflt[64];
  show(NULL, t, dflt, sizeof dflt);
  return ok ? 0 : 1;
}
