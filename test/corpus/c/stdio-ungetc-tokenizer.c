/* Tokenize an arithmetic expression from a stream using getc with ungetc for
 * one-character lookahead, as hand-written lexers do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <ctype.h>
#include <string.h>

enum tok { T_NUM, T_OP, T_EOF };
struct token {
  enum tok kind;
  long val;
  int op;
};

static struct token next_token(FILE *in) {
  struct token t = {T_EOF, 0, 0};
  int c;
  while ((c = getc(in)) != EOF && isspace(c))
    ;
  if (c == EOF)
    return t;
  if (isdigit(c)) {
    long v = 0;
    do {
      v = v * 10 + (c - '0');
    } while ((c = getc(in)) != EOF && isdigit(c));
    if (c != EOF)
      ungetc(c, in); /* push back the lookahead */
    t.kind = T_NUM;
    t.val = v;
    return t;
  }
  t.kind = T_OP;
  t.op = c;
  return t;
}

/* expr := term (('+'|'-') term)* ; term := num (('*') num)* */
static long eval(FILE *in) {
  long total = 0, term = 1;
  int sign = 1, pending_mul = 0;
  struct token t;
  while ((t = next_token(in)).kind != T_EOF) {
    if (t.kind == T_NUM) {
      term = pending_mul ? term * t.val : t.val;
      pending_mul = 0;
    } else if (t.op == '*') {
      pending_mul = 1;
    } else if (t.op == '+' || t.op == '-') {
      total += sign * term;
      sign = t.op == '+' ? 1 : -1;
    }
  }
  return total + sign * term;
}

int main(void) {
  char expr[] = "12 + 3*4 - 5*2*2 + 100";
  FILE *in = fmemopen(expr, strlen(expr), "r");
  if (!in) {
    perror("fmemopen");
    return 1;
  }
  long v = eval(in);
  fclose(in);
  printf("%s = %ld\n", expr, v);
  return v == 104 ? 0 : 1;
}
