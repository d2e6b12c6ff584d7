/* Share a structure between processes via shm_open + ftruncate + mmap, guarded
 * by a PTHREAD_PROCESS_SHARED mutex placed in the shared segment. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>

struct shared {
  pthread_mutex_t lock;
  long counter;
  char last_writer[32];
};

static struct shared *map_segment(const char *name, int create) {
  int fd = shm_open(name, create ? (O_CREAT | O_EXCL | O_RDWR) : O_RDWR, 0600);
  if (fd < 0) {
    perror("shm_open");
    return NULL;
  }
  if (create && ftruncate(fd, sizeof(struct shared)) != 0) {
    perror("ftruncate");
    close(fd);
    return NULL;
  }
  struct shared *s =
      mmap(NULL, sizeof *s, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  close(fd); /* the mapping keeps the object alive */
  return s == MAP_FAILED ? NULL : s;
}

int main(void) {
  char name[64];
  snprintf(name, sizeof name, "/corpus-shm-%ld", (long)getpid());
  struct shared *s = map_segment(name, 1);
  if (!s)
    return 1;
  pthread_mutexattr_t ma;
  pthread_mutexattr_init(&ma);
  pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED);
  pthread_mutex_init(&s->lock, &ma);
  pthread_mutexattr_destroy(&ma);

  fflush(stdout);
  pid_t kids[3];
  for (int i = 0; i < 3; i++) {
    kids[i] = fork();
    if (kids[i] < 0) {
      perror("fork");
      return 1;
    }
    if (kids[i] == 0) {
      struct shared *c = map_segment(name, 0); /* independent mapping by name */
      if (!c)
        _exit(2);
      for (int k = 0; k < 10000; k++) {
        pthread_mutex_lock(&c->lock);
        c->counter++;
        snprintf(c->last_writer, sizeof c->last_writer, "child-%d", i);
        pthread_mutex_unlock(&c->lock);
      }
      munmap(c, sizeof *c);
      _exit(0);
    }
  }
  int ok = 1;
  for (int i = 0; i < 3; i++) {
    int st;
    waitpid(kids[i], &st, 0);
    ok &= WIFEXITED(st) && WEXITSTATUS(st) == 0;
  }
  printf("counter %ld, last writer %s\n", s->counter, s->last_writer);
  ok &= s->counter == 30000;
  pthread_mutex_destroy(&s->lock);
  munmap(s, sizeof *s);
  if (shm_unlink(name) != 0) {
    perror("shm_unlink");
    return 1;
  }
  return ok ? 0 : 1;
}
