/* Recover from errors deep inside a recursive-descent parser with
 * setjmp/longjmp, keeping modified locals volatile, as interpreters (Lua-style)
 * implement error handling. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <setjmp.h>

struct parser {
  const char *p;
  jmp_buf on_error;
  char msg[64];
};

static void fail(struct parser *ps, const char *why) {
  snprintf(ps->msg, sizeof ps->msg, "%s at '%s'", why, ps->p);
  longjmp(ps->on_error, 1);
}

static long expr(struct parser *ps);

static long primary(struct parser *ps) {
  while (*ps->p == ' ')
    ps->p++;
  if (*ps->p == '(') {
    ps->p++;
    long v = expr(ps);
    while (*ps->p == ' ')
      ps->p++;
    if (*ps->p != ')')
      fail(ps, "expected ')'");
    ps->p++;
    return v;
  }
  if (!isdigit((unsigned char)*ps->p))
    fail(ps, "expected number");
  long v = 0;
  while (isdigit((unsigned char)*ps->p))
    v = v * 10 + (*ps->p++ - '0');
  return v;
}

static long term(struct parser *ps) {
  long v = primary(ps);
  for (;;) {
    while (*ps->p == ' ')
      ps->p++;
    if (*ps->p == '*') {
      ps->p++;
      v *= primary(ps);
    } else if (*ps->p == '/') {
      ps->p++;
      long d = primary(ps);
      if (d == 0)
        fail(ps, "division by zero");
      v /= d;
    } else
      return v;
  }
}

static long expr(struct parser *ps) {
  long v = term(ps);
  for (;;) {
    while (*ps->p == ' ')
      ps->p++;
    if (*ps->p == '+') {
      ps->p++;
      v += term(ps);
    } else if (*ps->p == '-') {
      ps->p++;
      v -= term(ps);
    } else
      return v;
  }
}

static int evaluate(const char *src, long *out, char *err, size_t errlen) {
  struct parser ps = {.p = src};
  volatile int attempts = 0; /* modified after setjmp: must be volatile */
  if (setjmp(ps.on_error) != 0) {
    snprintf(err, errlen, "%s (attempt %d)", ps.msg, attempts);
    return -1;
  }
  attempts++;
  *out = expr(&ps);
  if (*ps.p != '\0')
    fail(&ps, "trailing input");
  return 0;
}

int main(void) {
  const char *cases[] = {"2 + 3 * (4 - 1)", "(1 + 2", "10 / (5 - 5)", "7 * 6",
                         "3 + x"};
  int good = 0, bad = 0;
  long results[5] = {0};
  for (int i = 0; i < 5; i++) {
    char err[128];
    if (evaluate(cases[i], &results[i], err, sizeof err) == 0) {
      printf("%-16s = %ld\n", cases[i], results[i]);
      good++;
    } else {
      printf("%-16s error: %s\n", cases[i], err);
      bad++;
    }
  }
  return (good == 2 && bad == 3 && results[0] == 11 && results[3] == 42) ? 0
                                                                         : 1;
}
