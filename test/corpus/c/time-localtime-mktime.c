/* Convert between time_t and broken-down time with localtime_r, gmtime_r and
 * mktime, normalising out-of-range fields to do date arithmetic. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static time_t add_days(time_t t, int days) {
  struct tm tm;
  localtime_r(&t, &tm);
  tm.tm_mday += days; /* mktime normalises e.g. Feb 35 */
  tm.tm_isdst = -1;
  return mktime(&tm);
}

static int days_in_month(int year, int mon) {
  struct tm tm = {.tm_year = year - 1900,
                  .tm_mon = mon + 1,
                  .tm_mday = 0,
                  .tm_hour = 12,
                  .tm_isdst = -1};
  mktime(&tm); /* day 0 of next month = last day of this month */
  return tm.tm_mday;
}

int main(void) {
  setenv("TZ", "UTC", 1);
  tzset();
  struct tm start = {.tm_year = 2024 - 1900,
                     .tm_mon = 1,
                     .tm_mday = 27,
                     .tm_hour = 10,
                     .tm_isdst = -1};
  time_t t = mktime(&start);
  if (t == (time_t)-1) {
    perror("mktime");
    return 1;
  }

  time_t later = add_days(t, 5);
  struct tm out, g;
  localtime_r(&later, &out);
  gmtime_r(&later, &g);
  printf("2024-02-27 + 5 days = %04d-%02d-%02d (wday %d, yday %d)\n",
         out.tm_year + 1900, out.tm_mon + 1, out.tm_mday, out.tm_wday,
         out.tm_yday);
  int feb24 = days_in_month(2024, 1), feb23 = days_in_month(2023, 1);
  printf("February has %d days in 2024, %d in 2023\n", feb24, feb23);

  time_t epoch = 0;
  struct tm e;
  gmtime_r(&epoch, &e);
  int ok = out.tm_mon == 2 && out.tm_mday == 3 && out.tm_wday == 0 &&
           g.tm_hour == 10 && feb24 == 29 && feb23 == 28 && e.tm_year == 70 &&
           e.tm_wday == 4;
  return ok ? 0 : 1;
}
