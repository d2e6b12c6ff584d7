/* ticker-demo: calls a shared library whose syscalls only its machine code
 * shows (gettid made by a syscall instruction, nanosleep through libc). */
#include "ticker.h"

#include <stdio.h>

int main(void) {
  long id = ticker_thread_id();
  if (ticker_pause_microseconds(1000) != 0)
    return 1;
  printf("ticker-demo: thread %ld paused and resumed\n", id);
  return 0;
}
