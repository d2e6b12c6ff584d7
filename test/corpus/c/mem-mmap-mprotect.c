/* Reserve anonymous memory with mmap, add a PROT_NONE guard page with mprotect,
 * catch the SIGSEGV on overrun, and make a region read-only, as allocators and
 * JITs do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <signal.h>
#include <unistd.h>
#include <sys/mman.h>

static sigjmp_buf jb;
static void *volatile fault_addr;

static void on_segv(int sig, siginfo_t *si, void *ctx) {
  (void)sig;
  (void)ctx;
  fault_addr = si->si_addr;
  siglongjmp(jb, 1);
}

static int try_write(volatile char *p) {
  if (sigsetjmp(jb, 1) == 0) {
    *p = 'x';
    return 0;
  }
  return 1; /* faulted */
}

int main(void) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  size_t len = 4 * page;
  char *region = mmap(NULL, len, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (region == MAP_FAILED) {
    perror("mmap");
    return 1;
  }
  char *guard = region + 3 * page;
  if (mprotect(guard, page, PROT_NONE) != 0) {
    perror("mprotect guard");
    return 1;
  }

  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_segv;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGSEGV, &sa, NULL);

  int in_bounds = try_write(region + 3 * page - 1);
  int overrun = try_write(guard);
  int guard_hit = fault_addr == guard;

  strcpy(region, "constant table");
  mprotect(region, page, PROT_READ); /* freeze the first page */
  fault_addr = NULL;
  int ro_fault = try_write(region);
  printf("in-bounds fault=%d, guard fault=%d at guard=%d, read-only fault=%d, "
         "contents '%s'\n",
         in_bounds, overrun, guard_hit, ro_fault, region);
  int zero_fill = region[page] == 0; /* anonymous memory starts zeroed */
  munmap(region, len);
  signal(SIGSEGV, SIG_DFL);
  return (!in_bounds && overrun && guard_hit && ro_fault && zero_fill) ? 0 : 1;
}
