/* Count word frequencies in a binary tree with tsearch/tfind, print in order
 * with twalk's visitor callback, and free with tdestroy. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <search.h>

struct word {
  char *text;
  int count;
};

static int cmp_word(const void *a, const void *b) {
  return strcmp(((const struct word *)a)->text, ((const struct word *)b)->text);
}

static int distinct, total;
static char first[32];

static void visit(const void *node, VISIT which, int depth) {
  (void)depth;
  if (which != postorder && which != leaf)
    return; /* in-order: each node once */
  const struct word *w = *(struct word *const *)node;
  if (distinct == 0)
    snprintf(first, sizeof first, "%s", w->text);
  distinct++;
  total += w->count;
  printf("  %-6s %d\n", w->text, w->count);
}

static void free_word(void *p) {
  struct word *w = p;
  free(w->text);
  free(w);
}

int main(void) {
  char text[] = "the cat and the dog and the bird saw a cat";
  void *root = NULL;
  for (char *save, *tok = strtok_r(text, " ", &save); tok;
       tok = strtok_r(NULL, " ", &save)) {
    struct word *w = malloc(sizeof *w);
    if (!w) {
      perror("malloc");
      return 1;
    }
    w->text = strdup(tok);
    w->count = 0;
    struct word **slot = tsearch(w, &root, cmp_word);
    if (!slot) {
      perror("tsearch");
      return 1;
    }
    if (*slot != w)
      free_word(w); /* already present */
    (*slot)->count++;
  }
  twalk(root, visit);
  struct word key = {"the", 0};
  struct word **hit = tfind(&key, &root, cmp_word);
  int the = hit ? (*hit)->count : 0;
  key.text = "dog";
  struct word **dog = tfind(&key, &root, cmp_word);
  if (dog) {
    struct word *victim = *dog; /* tdelete frees the tree node, not our data */
    tdelete(&key, &root, cmp_word);
    free_word(victim);
  }
  printf("%d distinct, %d total, first '%s', 'the' x%d\n", distinct, total,
         first, the);
  tdestroy(root, free_word);
  return (distinct == 7 && total == 11 && strcmp(first, "a") == 0 && the == 3)
             ? 0
             : 1;
}
