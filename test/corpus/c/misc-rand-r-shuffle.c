/* Shuffle per-thread data with Fisher-Yates driven by rand_r and a
 * thread-private seed, giving reproducible results without sharing rand()'s
 * global state. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>

#define N 52

struct deck {
  unsigned seed;
  int cards[N];
};

static void shuffle(int *a, int n, unsigned *seed) {
  for (int i = n - 1; i > 0; i--) {
    int j = rand_r(seed) % (i + 1);
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

static void *dealer(void *arg) {
  struct deck *d = arg;
  for (int i = 0; i < N; i++)
    d->cards[i] = i;
  shuffle(d->cards, N, &d->seed);
  return NULL;
}

static int is_permutation(const int *a) {
  int seen[N] = {0};
  for (int i = 0; i < N; i++) {
    if (a[i] < 0 || a[i] >= N || seen[a[i]])
      return 0;
    seen[a[i]] = 1;
  }
  return 1;
}

int main(void) {
  struct deck decks[4] = {{7, {0}}, {7, {0}}, {8, {0}}, {9, {0}}};
  pthread_t t[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&t[i], NULL, dealer, &decks[i]);
  for (int i = 0; i < 4; i++)
    pthread_join(t[i], NULL);

  int perms = 1;
  for (int i = 0; i < 4; i++)
    perms &= is_permutation(decks[i].cards);
  int same_seed_same =
      memcmp(decks[0].cards, decks[1].cards, sizeof decks[0].cards) == 0;
  int diff_seed_diff =
      memcmp(decks[0].cards, decks[2].cards, sizeof decks[0].cards) != 0;
  printf("deck 0 starts %d %d %d; permutations=%d, same seed identical=%d, "
         "different seed differs=%d\n",
         decks[0].cards[0], decks[0].cards[1], decks[0].cards[2], perms,
         same_seed_same, diff_seed_diff);
  return (perms && same_seed_same && diff_seed_diff) ? 0 : 1;
}
