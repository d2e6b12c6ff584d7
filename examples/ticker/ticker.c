#include "ticker.h"

#include <time.h>

/* gettid through the raw syscall instruction, as some libraries do. */
long ticker_thread_id(void) {
  long id;
  __asm__ volatile("mov $186, %%eax\n\tsyscall"
                   : "=a"(id)
                   :
                   : "rcx", "r11", "memory");
  return id;
}

int ticker_pause_microseconds(long us) {
  struct timespec t = {us / 1000000, (us % 1000000) * 1000};
  return nanosleep(&t, 0);
}
