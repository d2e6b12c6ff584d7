/* Register callbacks with user data in a struct-based event emitter, fire them
 * later, and unsubscribe one, as GUI toolkits and libraries do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum event { EV_CONNECT, EV_MESSAGE, EV_CLOSE, EV_COUNT };
typedef void (*listener_fn)(enum event ev, const char *payload, void *user);

struct listener {
  listener_fn fn;
  void *user;
  struct listener *next;
};
struct emitter {
  struct listener *lists[EV_COUNT];
};

static int on(struct emitter *e, enum event ev, listener_fn fn, void *user) {
  struct listener *l = malloc(sizeof *l);
  if (!l)
    return -1;
  *l = (struct listener){fn, user, e->lists[ev]};
  e->lists[ev] = l;
  return 0;
}

static void off(struct emitter *e, enum event ev, listener_fn fn, void *user) {
  for (struct listener **pp = &e->lists[ev]; *pp; pp = &(*pp)->next)
    if ((*pp)->fn == fn && (*pp)->user == user) {
      struct listener *d = *pp;
      *pp = d->next;
      free(d);
      return;
    }
}

static void emit(struct emitter *e, enum event ev, const char *payload) {
  for (struct listener *l = e->lists[ev]; l; l = l->next)
    l->fn(ev, payload, l->user);
}

static void emitter_free(struct emitter *e) {
  for (int i = 0; i < EV_COUNT; i++)
    while (e->lists[i]) {
      struct listener *n = e->lists[i]->next;
      free(e->lists[i]);
      e->lists[i] = n;
    }
}

struct stats {
  int connects, messages, bytes, closes;
};

static void count_events(enum event ev, const char *payload, void *user) {
  struct stats *s = user;
  if (ev == EV_CONNECT)
    s->connects++;
  if (ev == EV_MESSAGE) {
    s->messages++;
    s->bytes += (int)strlen(payload);
  }
  if (ev == EV_CLOSE)
    s->closes++;
}

static void log_event(enum event ev, const char *payload, void *user) {
  static const char *names[] = {"connect", "message", "close"};
  printf("[%s] %s: %s\n", (const char *)user, names[ev], payload);
}

int main(void) {
  struct emitter em = {{NULL}};
  struct stats st = {0, 0, 0, 0};
  for (int ev = 0; ev < EV_COUNT; ev++) {
    if (on(&em, ev, count_events, &st) || on(&em, ev, log_event, "log")) {
      perror("malloc");
      return 1;
    }
  }
  emit(&em, EV_CONNECT, "10.0.0.1");
  emit(&em, EV_MESSAGE, "hello");
  off(&em, EV_MESSAGE, log_event, "log"); /* stop logging messages */
  emit(&em, EV_MESSAGE, "quiet message");
  emit(&em, EV_CLOSE, "bye");
  emitter_free(&em);
  printf("connects=%d messages=%d bytes=%d closes=%d\n", st.connects,
         st.messages, st.bytes, st.closes);
  return (st.connects == 1 && st.messages == 2 && st.bytes == 18 &&
          st.closes == 1)
             ? 0
             : 1;
}
