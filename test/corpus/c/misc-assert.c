/* Guard data-structure invariants with assert() (active in these builds),
 * static_assert for layout, and an invariant-check helper, as defensive C code
 * does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>
#include <assert.h>

struct ring {
  int buf[16];
  size_t head, count;
};

static_assert(sizeof(((struct ring *)0)->buf) / sizeof(int) == 16,
              "ring capacity must be 16");
static_assert(offsetof(struct ring, buf) == 0, "buffer first");

static void ring_check(const struct ring *r) {
  assert(r != NULL);
  assert(r->head < 16);
  assert(r->count <= 16);
}

static void ring_push(struct ring *r, int v) {
  ring_check(r);
  assert(r->count < 16 && "push on full ring");
  r->buf[(r->head + r->count++) % 16] = v;
  ring_check(r);
}

static int ring_pop(struct ring *r) {
  ring_check(r);
  assert(r->count > 0);
  int v = r->buf[r->head];
  r->head = (r->head + 1) % 16;
  r->count--;
  return v;
}

int main(void) {
  struct ring r;
  memset(&r, 0, sizeof r);
  long sum = 0;
  for (int round = 0; round < 10; round++) {
    for (int i = 0; i < 12; i++)
      ring_push(&r, round * 100 + i);
    for (int i = 0; i < 12; i++)
      sum += ring_pop(&r);
  }
  assert(r.count == 0);
#ifdef NDEBUG
  printf("assertions disabled (NDEBUG)\n");
#else
  printf("assertions enabled and all passed\n");
#endif
  printf("sum %ld\n", sum);
  return sum == 54660 ? 0 : 1;
}
