// A hardened program whose assertion fails: it must end as glibc ends it
// (the message, then SIGABRT), not be stopped by its own filter on the way.
// Release builds define NDEBUG; this program needs its assertion.
#undef NDEBUG
#include <assert.h>
#include <stdio.h>

int main(int argc, char **argv) {
  (void)argv;
  puts("failing-assert: started");
  fflush(stdout);
  assert(argc == 1 && "no arguments expected");
  puts("failing-assert: done");
  return 0;
}
