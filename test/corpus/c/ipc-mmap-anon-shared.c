/* Share memory with forked children through an anonymous MAP_SHARED mapping,
 * using C11 atomics for counters and per-child result slots. */
#include <stdio.h>
#include <stdlib.h>
#include <stdatomic.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>

#define KIDS 4
struct board {
  atomic_long hits;
  long results[KIDS];
};

static long work(int id) {
  long s = 0;
  for (int i = 0; i < 1000 * (id + 1); i++)
    s += i % (id + 2);
  return s;
}

int main(void) {
  struct board *b = mmap(NULL, sizeof *b, PROT_READ | PROT_WRITE,
                         MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (b == MAP_FAILED) {
    perror("mmap");
    return 1;
  }
  atomic_init(&b->hits, 0);

  int *private_counter =
      malloc(sizeof *private_counter); /* contrast: copy-on-write memory */
  *private_counter = 0;
  fflush(stdout);
  for (int i = 0; i < KIDS; i++) {
    pid_t pid = fork();
    if (pid < 0) {
      perror("fork");
      return 1;
    }
    if (pid == 0) {
      for (int k = 0; k < 1000; k++)
        atomic_fetch_add(&b->hits, 1);
      b->results[i] = work(i);
      (*private_counter)++; /* invisible to the parent */
      _exit(0);
    }
  }
  for (int i = 0; i < KIDS; i++)
    wait(NULL);
  int ok = atomic_load(&b->hits) == KIDS * 1000 && *private_counter == 0;
  for (int i = 0; i < KIDS; i++) {
    printf("child %d result %ld\n", i, b->results[i]);
    ok &= b->results[i] == work(i);
  }
  printf("shared hits %ld, private counter %d\n", atomic_load(&b->hits),
         *private_counter);
  free(private_counter);
  munmap(b, sizeof *b);
  return ok ? 0 : 1;
}
