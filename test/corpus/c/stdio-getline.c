/* Parse a key=value config file with getline, letting libc grow the line
 * buffer, the usual way to read unbounded lines. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <unistd.h>

struct config {
  char *host;
  int port;
  int verbose;
};

static char *trim(char *s) {
  while (isspace((unsigned char)*s))
    s++;
  char *e = s + strlen(s);
  while (e > s && isspace((unsigned char)e[-1]))
    *--e = '\0';
  return s;
}

static void apply(struct config *c, const char *k, const char *v) {
  if (strcmp(k, "host") == 0) {
    free(c->host);
    c->host = strdup(v);
  } else if (strcmp(k, "port") == 0)
    c->port = atoi(v);
  else if (strcmp(k, "verbose") == 0)
    c->verbose = strcmp(v, "yes") == 0;
}

static int load(FILE *fp, struct config *c) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  int n = 0;
  while ((len = getline(&line, &cap, fp)) != -1) {
    char *s = trim(line);
    if (*s == '\0' || *s == ';')
      continue;
    char *eq = strchr(s, '=');
    if (!eq) {
      fprintf(stderr, "bad line: %s\n", s);
      continue;
    }
    *eq = '\0';
    apply(c, trim(s), trim(eq + 1));
    n++;
  }
  free(line);
  return n;
}

int main(void) {
  FILE *fp = tmpfile();
  if (!fp) {
    perror("tmpfile");
    return 1;
  }
  fputs("; sample\n  host = example.internal  \nport=8080\n\nverbose = yes\n",
        fp);
  /* one very long line to force buffer growth */
  fputs("comment=", fp);
  for (int i = 0; i < 500; i++)
    fputs("xxxxxxxxxx", fp);
  fputc('\n', fp);
  rewind(fp);

  struct config c = {NULL, 0, 0};
  int n = load(fp, &c);
  fclose(fp);
  printf("%d settings: host=%s port=%d verbose=%d\n", n,
         c.host ? c.host : "(null)", c.port, c.verbose);
  int ok = n == 4 && c.host && strcmp(c.host, "example.internal") == 0 &&
           c.port == 8080 && c.verbose;
  free(c.host);
  return ok ? 0 : 1;
}
