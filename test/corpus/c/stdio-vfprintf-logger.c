/* Implement a printf-style logging function with va_list and vfprintf, plus a
 * format attribute, as every project's log.c does. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>
#include <time.h>

enum level { LOG_DBG, LOG_INF, LOG_ERR };
static const char *const level_names[] = {"debug", "info", "error"};

struct logger {
  FILE *sink;
  enum level min;
  unsigned count;
};

__attribute__((format(printf, 3, 4))) static void
log_msg(struct logger *lg, enum level lv, const char *fmt, ...) {
  if (lv < lg->min)
    return;
  va_list ap;
  va_start(ap, fmt);
  fprintf(lg->sink, "[%s] ", level_names[lv]);
  vfprintf(lg->sink, fmt, ap);
  fputc('\n', lg->sink);
  va_end(ap);
  lg->count++;
}

static void log_both(struct logger *a, struct logger *b, const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  vfprintf(a->sink, fmt, ap);
  vfprintf(b->sink, fmt, ap2);
  va_end(ap2);
  va_end(ap);
}

int main(void) {
  FILE *f = tmpfile();
  if (!f) {
    perror("tmpfile");
    return 1;
  }
  struct logger file_log = {f, LOG_DBG, 0}, out_log = {stdout, LOG_INF, 0};
  for (int i = 0; i < 3; i++) {
    log_msg(&file_log, LOG_DBG, "iteration %d of %d", i, 3);
    log_msg(&out_log, LOG_DBG, "suppressed %d", i);
  }
  log_msg(&out_log, LOG_INF, "started at epoch>%d: %s", 0,
          time(NULL) > 0 ? "yes" : "no");
  log_msg(&out_log, LOG_ERR, "%s failed: %s", "frobnicate", "out of cheese");
  log_both(&file_log, &out_log, "both sinks: %05.1f\n", 3.14159);
  long size = ftell(f);
  fclose(f);
  printf("file log entries=%u (%ld bytes), stdout entries=%u\n", file_log.count,
         size, out_log.count);
  return (file_log.count == 3 && out_log.count == 2 && size > 0) ? 0 : 1;
}
