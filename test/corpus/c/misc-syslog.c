/* Log through syslog with openlog(ident, LOG_PID|LOG_NDELAY, LOG_USER),
 * setlogmask and vsyslog, then closelog; works even when no syslog daemon
 * listens. */
#include <stdio.h>
#include <stdlib.h>
#include <stdarg.h>
#include <syslog.h>
#include <unistd.h>

static int logged;

static void app_log(int prio, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(prio, fmt, ap); /* silently dropped if /dev/log is absent */
  va_end(ap);
  logged++;
}

int main(void) {
  openlog("corpus-syslog", LOG_PID | LOG_NDELAY, LOG_USER);
  int old = setlogmask(LOG_UPTO(LOG_INFO)); /* drop LOG_DEBUG */
  app_log(LOG_INFO, "service starting, pid %d", (int)getpid());
  app_log(LOG_DEBUG, "this debug message is masked");
  app_log(LOG_WARNING, "disk usage at %d%%", 91);
  syslog(LOG_USER | LOG_ERR, "explicit facility and %s", "severity");
  int mask = setlogmask(0); /* 0 = query only */
  closelog();

  openlog("corpus-syslog", LOG_ODELAY,
          LOG_LOCAL0); /* reopen with another facility */
  syslog(LOG_NOTICE, "shutting down");
  closelog();
  setlogmask(old);
  printf("sent %d messages via syslog, debug masked=%d\n", logged + 2,
         (mask & LOG_MASK(LOG_DEBUG)) == 0);
  return (mask & LOG_MASK(LOG_DEBUG)) == 0 && (mask & LOG_MASK(LOG_ERR)) ? 0
                                                                         : 1;
}
