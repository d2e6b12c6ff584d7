/* Implement polymorphism with a struct of function pointers (an ops table)
 * shared by several backends, as drivers and storage layers in C do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct store;
struct store_ops {
  const char *name;
  int (*put)(struct store *, const char *key, int value);
  int (*get)(struct store *, const char *key, int *value);
  void (*destroy)(struct store *);
};
struct store {
  const struct store_ops *ops;
};

/* backend 1: fixed array */
struct array_store {
  struct store base;
  char keys[8][16];
  int vals[8];
  int n;
};
static int arr_put(struct store *s, const char *k, int v) {
  struct array_store *a = (struct array_store *)s;
  for (int i = 0; i < a->n; i++)
    if (!strcmp(a->keys[i], k)) {
      a->vals[i] = v;
      return 0;
    }
  if (a->n == 8)
    return -1;
  snprintf(a->keys[a->n], 16, "%s", k);
  a->vals[a->n++] = v;
  return 0;
}
static int arr_get(struct store *s, const char *k, int *v) {
  struct array_store *a = (struct array_store *)s;
  for (int i = 0; i < a->n; i++)
    if (!strcmp(a->keys[i], k)) {
      *v = a->vals[i];
      return 0;
    }
  return -1;
}
static void arr_destroy(struct store *s) { free(s); }
static const struct store_ops array_ops = {"array", arr_put, arr_get,
                                           arr_destroy};

/* backend 2: linked list */
struct node {
  char *key;
  int val;
  struct node *next;
};
struct list_store {
  struct store base;
  struct node *head;
};
static int list_put(struct store *s, const char *k, int v) {
  struct list_store *l = (struct list_store *)s;
  for (struct node *n = l->head; n; n = n->next)
    if (!strcmp(n->key, k)) {
      n->val = v;
      return 0;
    }
  struct node *n = malloc(sizeof *n);
  if (!n)
    return -1;
  *n = (struct node){strdup(k), v, l->head};
  l->head = n;
  return 0;
}
static int list_get(struct store *s, const char *k, int *v) {
  for (struct node *n = ((struct list_store *)s)->head; n; n = n->next)
    if (!strcmp(n->key, k)) {
      *v = n->val;
      return 0;
    }
  return -1;
}
static void list_destroy(struct store *s) {
  struct node *n = ((struct list_store *)s)->head;
  while (n) {
    struct node *next = n->next;
    free(n->key);
    free(n);
    n = next;
  }
  free(s);
}
static const struct store_ops list_ops = {"list", list_put, list_get,
                                          list_destroy};

static struct store *store_new(const struct store_ops *ops, size_t size) {
  struct store *s = calloc(1, size);
  if (s)
    s->ops = ops;
  return s;
}

static int exercise(struct store *s) {
  s->ops->put(s, "alpha", 1);
  s->ops->put(s, "beta", 2);
  s->ops->put(s, "alpha", 10);
  int a = 0, b = 0, m = 0;
  int ok = s->ops->get(s, "alpha", &a) == 0 &&
           s->ops->get(s, "beta", &b) == 0 && s->ops->get(s, "gamma", &m) != 0;
  printf("%-5s backend: alpha=%d beta=%d gamma missing=%d\n", s->ops->name, a,
         b, m == 0);
  return ok && a == 10 && b == 2;
}

int main(void) {
  struct store *stores[2] = {store_new(&array_ops, sizeof(struct array_store)),
                             store_new(&list_ops, sizeof(struct list_store))};
  int ok = 1;
  for (int i = 0; i < 2; i++) {
    if (!stores[i]) {
      perror("calloc");
      return 1;
    }
    ok &= exercise(stores[i]);
    stores[i]->ops->destroy(stores[i]);
  }
  return ok ? 0 : 1;
}
