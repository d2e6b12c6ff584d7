/* Synchronise parent and child processes with a named POSIX semaphore from
 * sem_open (O_CREAT|O_EXCL), then sem_close and sem_unlink it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <semaphore.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
  char name[64];
  snprintf(name, sizeof name, "/corpus-sem-%ld", (long)getpid());
  sem_t *ready = sem_open(name, O_CREAT | O_EXCL, 0600, 0);
  if (ready == SEM_FAILED) {
    perror("sem_open");
    return 1;
  }

  int p[2];
  if (pipe(p) != 0) {
    perror("pipe");
    return 1;
  }
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    sem_t *s = sem_open(name, 0); /* open the existing semaphore by name */
    if (s == SEM_FAILED)
      _exit(2);
    if (write(p[1], "data", 4) != 4)
      _exit(3);
    for (int i = 0; i < 3; i++)
      sem_post(s);
    sem_close(s);
    _exit(0);
  }
  for (int i = 0; i < 3; i++)
    if (sem_wait(ready) != 0) {
      perror("sem_wait");
      return 1;
    }
  char buf[8] = "";
  ssize_t n = read(p[0], buf, sizeof buf - 1);
  int st;
  waitpid(pid, &st, 0);
  int val = -1;
  sem_getvalue(ready, &val);
  sem_close(ready);
  if (sem_unlink(name) != 0) {
    perror("sem_unlink");
    return 1;
  }
  int gone = sem_open(name, 0) == SEM_FAILED;
  printf("child posted 3 times, read %zd bytes, value now %d, unlinked=%d\n", n,
         val, gone);
  return (WIFEXITED(st) && WEXITSTATUS(st) == 0 && n == 4 && val == 0 && gone)
             ? 0
             : 1;
}
