/* Survive a stack overflow by handling SIGSEGV on an alternate signal stack
 * (sigaltstack + SA_ONSTACK) in a small-stack thread, as language runtimes do.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <signal.h>
#include <pthread.h>

static __thread sigjmp_buf recover;
static __thread volatile int on_alt;
static __thread char *alt_base;
static __thread size_t alt_size;

static void on_segv(int sig, siginfo_t *si, void *ctx) {
  (void)sig;
  (void)si;
  (void)ctx;
  char here;
  on_alt = &here >= alt_base && &here < alt_base + alt_size;
  siglongjmp(recover, 1);
}

static volatile int depth_limit =
    1 << 30; /* far beyond what a 256 KiB stack holds */

static int recurse(int depth) {
  volatile char frame[512];
  if (depth > depth_limit)
    return 0;
  frame[0] = (char)depth;
  frame[511] = (char)depth;
  return recurse(depth + 1) + frame[0] + frame[511]; /* not a tail call */
}

static void *runner(void *arg) {
  int *result = arg;
  alt_size = (size_t)SIGSTKSZ * 4;
  alt_base = malloc(alt_size);
  stack_t ss = {.ss_sp = alt_base, .ss_size = alt_size, .ss_flags = 0};
  if (!alt_base || sigaltstack(&ss, NULL) != 0) {
    perror("sigaltstack");
    return NULL;
  }
  if (sigsetjmp(recover, 1) == 0) {
    *result = recurse(0); /* never returns normally */
    *result = -1;
  } else {
    *result = on_alt ? 1 : 2;
  }
  stack_t off = {.ss_flags = SS_DISABLE};
  sigaltstack(&off, NULL);
  free(alt_base);
  return NULL;
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_segv;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  if (sigaction(SIGSEGV, &sa, NULL) != 0) {
    perror("sigaction");
    return 1;
  }

  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 256 * 1024);
  int result = 0;
  pthread_t t;
  if (pthread_create(&t, &attr, runner, &result) != 0) {
    perror("pthread_create");
    return 1;
  }
  pthread_join(t, NULL);
  pthread_attr_destroy(&attr);
  printf("stack overflow %s (handler on alternate stack: %s)\n",
         result > 0 ? "recovered" : "not recovered",
         result == 1 ? "yes" : "no");
  return result == 1 ? 0 : 1;
}
