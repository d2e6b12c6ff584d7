/* Use a PTHREAD_MUTEX_RECURSIVE mutex so public API functions that lock can
 * call each other, as object libraries with re-entrant locking do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>

struct account {
  pthread_mutex_t lock;
  long balance;
  int ops;
};

static int account_init(struct account *a) {
  pthread_mutexattr_t at;
  pthread_mutexattr_init(&at);
  pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
  int err = pthread_mutex_init(&a->lock, &at);
  pthread_mutexattr_destroy(&at);
  a->balance = 0;
  a->ops = 0;
  return err;
}

static void deposit(struct account *a, long amt) {
  pthread_mutex_lock(&a->lock);
  a->balance += amt;
  a->ops++;
  pthread_mutex_unlock(&a->lock);
}

static int withdraw(struct account *a, long amt) {
  pthread_mutex_lock(&a->lock);
  int ok = a->balance >= amt;
  if (ok)
    deposit(a, -amt); /* re-locks the same mutex: fine when recursive */
  pthread_mutex_unlock(&a->lock);
  return ok;
}

static void *customer(void *arg) {
  struct account *a = arg;
  for (int i = 0; i < 10000; i++) {
    deposit(a, 3);
    withdraw(a, 2);
  }
  return NULL;
}

int main(void) {
  struct account acct;
  if (account_init(&acct) != 0) {
    perror("mutex init");
    return 1;
  }
  pthread_t t[3];
  for (int i = 0; i < 3; i++)
    pthread_create(&t[i], NULL, customer, &acct);
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], NULL);

  pthread_mutex_lock(&acct.lock);
  pthread_mutex_lock(&acct.lock); /* depth 2 */
  pthread_mutex_unlock(&acct.lock);
  pthread_mutex_unlock(&acct.lock);
  int kind;
  pthread_mutexattr_t at;
  pthread_mutexattr_init(&at);
  pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutexattr_gettype(&at, &kind);
  pthread_mutexattr_destroy(&at);
  printf("balance %ld after %d operations (type recursive=%d)\n", acct.balance,
         acct.ops, kind == PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_destroy(&acct.lock);
  return (acct.balance == 30000 && acct.ops == 60000) ? 0 : 1;
}
