/* Read configuration from the environment with getenv (with defaults), modify
 * it with setenv/unsetenv/putenv, and walk environ, as twelve-factor apps do.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static const char *env_or(const char *name, const char *fallback) {
  const char *v = getenv(name);
  return (v && *v) ? v : fallback;
}

static long env_long(const char *name, long fallback) {
  const char *v = getenv(name);
  if (!v)
    return fallback;
  char *end;
  long n = strtol(v, &end, 10);
  return (*end == '\0' && end != v) ? n : fallback;
}

static int count_prefixed(const char *prefix) {
  int n = 0;
  for (char **e = environ; *e; e++)
    if (strncmp(*e, prefix, strlen(prefix)) == 0)
      n++;
  return n;
}

int main(void) {
  unsetenv("APP_PORT");
  printf("APP_PORT default: %ld\n", env_long("APP_PORT", 8000));
  if (setenv("APP_PORT", "9090", 1) != 0 ||
      setenv("APP_MODE", "production", 1) != 0) {
    perror("setenv");
    return 1;
  }
  setenv("APP_MODE", "ignored", 0); /* overwrite=0 keeps the old value */
  static char tz_entry[] =
      "APP_TZ=UTC"; /* putenv keeps a pointer: must stay alive */
  putenv(tz_entry);
  long port = env_long("APP_PORT", 8000);
  const char *mode = env_or("APP_MODE", "dev");
  int prefixed = count_prefixed("APP_");
  printf("port=%ld mode=%s tz=%s, %d APP_ variables\n", port, mode,
         env_or("APP_TZ", "local"), prefixed);

  unsetenv("APP_MODE");
  int gone = getenv("APP_MODE") == NULL;
  int bad = setenv("BAD=NAME", "x", 1) != 0; /* '=' not allowed in names */
  const char *sec = secure_getenv("HOME");
  printf(
      "APP_MODE removed=%d, invalid name rejected=%d, secure_getenv(HOME) %s\n",
      gone, bad, sec ? "available" : "unavailable");
  return (port == 9090 && !strcmp(mode, "production") && prefixed == 3 &&
          gone && bad)
             ? 0
             : 1;
}
