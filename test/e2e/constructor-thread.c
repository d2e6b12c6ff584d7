// A hardened program linked with a library whose constructor started a
// thread before main (and before the filter): `constructor-thread N` has that
// thread make syscall N, which the policy does not allow.
#include <stdio.h>
#include <stdlib.h>

void constructor_thread_run(long Nr);

int main(int argc, char **argv) {
  long Nr = argc > 1 ? strtol(argv[1], NULL, 10) : 0;
  constructor_thread_run(Nr);
  printf("constructor-thread: the library's thread made syscall %ld\n", Nr);
  return 0;
}
