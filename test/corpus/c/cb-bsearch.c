/* Look up keywords and numeric ranges in sorted static tables with bsearch and
 * key-vs-element comparators, as lexers and code tables do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct keyword {
  const char *name;
  int token;
};
static const struct keyword keywords[] = {
    /* must stay sorted by name */
    {"break", 1}, {"case", 2},   {"const", 3},  {"else", 4},   {"for", 5},
    {"if", 6},    {"return", 7}, {"struct", 8}, {"switch", 9}, {"while", 10},
};

static int cmp_keyword(const void *key, const void *elem) {
  return strcmp((const char *)key, ((const struct keyword *)elem)->name);
}

struct range {
  unsigned lo, hi;
  const char *label;
};
static const struct range http_ranges[] = {
    {100, 199, "informational"}, {200, 299, "success"},
    {300, 399, "redirect"},      {400, 499, "client error"},
    {500, 599, "server error"},
};

static int cmp_in_range(const void *key, const void *elem) {
  unsigned k = *(const unsigned *)key;
  const struct range *r = elem;
  return k < r->lo ? -1 : k > r->hi ? 1 : 0;
}

static int token_of(const char *word) {
  const struct keyword *k =
      bsearch(word, keywords, sizeof keywords / sizeof *keywords,
              sizeof *keywords, cmp_keyword);
  return k ? k->token : 0;
}

int main(void) {
  const char *src[] = {"while", "x", "return", "iff", "break", "struct"};
  int found = 0;
  for (size_t i = 0; i < 6; i++) {
    int t = token_of(src[i]);
    printf("%-7s -> %s (%d)\n", src[i], t ? "keyword" : "identifier", t);
    found += t != 0;
  }
  unsigned codes[] = {204, 404, 503, 42};
  const char *labels[4];
  for (int i = 0; i < 4; i++) {
    const struct range *r =
        bsearch(&codes[i], http_ranges, 5, sizeof *http_ranges, cmp_in_range);
    labels[i] = r ? r->label : "unknown";
    printf("HTTP %u: %s\n", codes[i], labels[i]);
  }
  return (found == 4 && strcmp(labels[1], "client error") == 0 &&
          strcmp(labels[3], "unknown") == 0)
             ? 0
             : 1;
}
