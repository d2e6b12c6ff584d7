/* Build a dynamically sized string with open_memstream and fprintf, the common
 * way to assemble JSON-ish output. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct kv {
  const char *key;
  int value;
};

static void emit_json(FILE *out, const struct kv *items, size_t n) {
  fputc('{', out);
  for (size_t i = 0; i < n; i++)
    fprintf(out, "%s\"%s\":%d", i ? "," : "", items[i].key, items[i].value);
  fputc('}', out);
}

int main(void) {
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  if (!out) {
    perror("open_memstream");
    return 1;
  }

  struct kv items[] = {{"alpha", 1}, {"beta", 22}, {"gamma", 333}};
  emit_json(out, items, 3);
  fflush(out);
  printf("after flush: len=%zu\n", len);

  for (int i = 0; i < 1000; i++)
    fprintf(out, " %d", i);
  if (fclose(out) != 0) {
    perror("fclose");
    return 1;
  }

  int ok = strncmp(buf, "{\"alpha\":1,\"beta\":22,\"gamma\":333}", 33) == 0 &&
           len == strlen(buf) && len > 3000;
  printf("final length %zu, starts with %.33s\n", len, buf);
  free(buf);
  return ok ? 0 : 1;
}
