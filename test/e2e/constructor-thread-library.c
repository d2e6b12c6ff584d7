// A shared library whose constructor starts a thread: it runs before the
// hardened program's filter is installed (the loader runs libraries'
// constructors first), so only TSYNC puts that thread under the filter.
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

static atomic_long Requested = -1; // the syscall number the thread is to make
static atomic_int Finished;

static void *worker(void *unused) {
  (void)unused;
  long Nr;
  while ((Nr = atomic_load(&Requested)) < 0)
    ;
  if (Nr > 0)
    syscall(Nr, 0, 0, 0, 0, 0, 0);
  atomic_store(&Finished, 1);
  return 0;
}

__attribute__((constructor)) static void startWorker(void) {
  pthread_t Thread;
  pthread_create(&Thread, 0, worker, 0);
  pthread_detach(Thread);
}

// Has the thread make syscall \p Nr (0: none), and waits until it has.
void constructor_thread_run(long Nr) {
  atomic_store(&Requested, Nr);
  while (!atomic_load(&Finished))
    ;
}
