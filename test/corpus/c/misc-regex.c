/* Match and extract fields with POSIX regex (regcomp REG_EXTENDED, regexec with
 * capture groups and REG_NOTBOL loops, regerror, regfree), as config validators
 * and log parsers do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <regex.h>

static int compile(regex_t *re, const char *pat, int flags) {
  int rc = regcomp(re, pat, flags);
  if (rc != 0) {
    char msg[128];
    regerror(rc, re, msg, sizeof msg);
    fprintf(stderr, "bad pattern '%s': %s\n", pat, msg);
  }
  return rc;
}

int main(void) {
  regex_t kv;
  if (compile(
          &kv,
          "^([A-Za-z_][A-Za-z0-9_]*)[[:space:]]*=[[:space:]]*\"?([^\"]*)\"?$",
          REG_EXTENDED) != 0)
    return 1;
  const char *lines[] = {"name = \"demo app\"", "port=8080", "9bad = x",
                         "debug =  true"};
  int matched = 0;
  for (int i = 0; i < 4; i++) {
    regmatch_t m[3];
    if (regexec(&kv, lines[i], 3, m, 0) == 0) {
      printf("key '%.*s' value '%.*s'\n", (int)(m[1].rm_eo - m[1].rm_so),
             lines[i] + m[1].rm_so, (int)(m[2].rm_eo - m[2].rm_so),
             lines[i] + m[2].rm_so);
      matched++;
    } else {
      printf("no match: %s\n", lines[i]);
    }
  }
  regfree(&kv);

  regex_t ip;
  if (compile(&ip, "([0-9]{1,3}\\.){3}[0-9]{1,3}", REG_EXTENDED) != 0)
    return 1;
  const char *log = "from 10.0.0.1 to 192.168.1.20 via 172.16.0.254 done";
  const char *p = log;
  int found = 0;
  regmatch_t m;
  while (regexec(&ip, p, 1, &m, p == log ? 0 : REG_NOTBOL) ==
         0) { /* iterate over all matches */
    printf("address: %.*s\n", (int)(m.rm_eo - m.rm_so), p + m.rm_so);
    found++;
    p += m.rm_eo;
  }
  regfree(&ip);

  regex_t icase, bad;
  int ic = compile(&icase, "error|fatal",
                   REG_EXTENDED | REG_ICASE | REG_NOSUB) == 0 &&
           regexec(&icase, "FATAL: boom", 0, NULL, 0) == 0;
  if (ic)
    regfree(&icase);
  int rejected = compile(&bad, "([unclosed", REG_EXTENDED) != 0;
  printf("matched %d config lines, %d addresses, icase=%d, bad pattern "
         "rejected=%d\n",
         matched, found, ic, rejected);
  return (matched == 3 && found == 3 && ic && rejected) ? 0 : 1;
}
