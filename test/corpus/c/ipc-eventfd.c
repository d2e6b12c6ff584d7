/* Signal a worker thread with an eventfd counter (writes add, read returns and
 * resets) and use EFD_SEMAPHORE mode to hand out one token per read. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <poll.h>
#include <pthread.h>
#include <unistd.h>
#include <sys/eventfd.h>

static int notify_fd, sem_fd;

static void *worker(void *arg) {
  uint64_t *total = arg;
  for (;;) {
    struct pollfd p = {notify_fd, POLLIN, 0};
    if (poll(&p, 1, 5000) <= 0)
      return NULL;
    uint64_t v;
    if (read(notify_fd, &v, sizeof v) != (ssize_t)sizeof v)
      return NULL; /* coalesced count */
    *total += v;
    if (*total >= 10)
      return NULL;
  }
}

int main(void) {
  notify_fd = eventfd(0, EFD_CLOEXEC);
  sem_fd = eventfd(3, EFD_SEMAPHORE | EFD_NONBLOCK | EFD_CLOEXEC);
  if (notify_fd < 0 || sem_fd < 0) {
    perror("eventfd");
    return 1;
  }

  uint64_t total = 0;
  pthread_t t;
  pthread_create(&t, NULL, worker, &total);
  for (int i = 0; i < 10; i++) {
    uint64_t one = 1;
    if (write(notify_fd, &one, sizeof one) != (ssize_t)sizeof one) {
      perror("write");
      return 1;
    }
  }
  pthread_join(t, NULL);

  int tokens = 0;
  uint64_t v;
  while (read(sem_fd, &v, sizeof v) == (ssize_t)sizeof v)
    tokens += (int)v; /* each read yields 1 */
  printf("worker saw %llu notifications, semaphore handed out %d tokens\n",
         (unsigned long long)total, tokens);
  close(notify_fd);
  close(sem_fd);
  return (total == 10 && tokens == 3) ? 0 : 1;
}
