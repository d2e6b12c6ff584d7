/* Put a pipeline of children into its own process group with setpgid (called in
 * both parent and child to avoid races), inspect getpgid/getsid, and signal the
 * group. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void) {
  printf("shell: pid %d ppid %d pgrp %d sid %d\n", (int)getpid(),
         (int)getppid(), (int)getpgrp(), (int)getsid(0));
  int ready[2];
  if (pipe(ready) != 0) {
    perror("pipe");
    return 1;
  }
  pid_t pgid = 0, kids[3];
  fflush(stdout);
  for (int i = 0; i < 3; i++) {
    pid_t pid = fork();
    if (pid < 0) {
      perror("fork");
      return 1;
    }
    if (pid == 0) {
      setpgid(0, pgid); /* join (or create) the job's group */
      if (getppid() <= 1)
        _exit(3);
      if (write(ready[1], "r", 1) != 1)
        _exit(4);
      for (;;)
        pause();
    }
    if (pgid == 0)
      pgid = pid;       /* first child leads the group */
    setpgid(pid, pgid); /* same call from the parent side */
    kids[i] = pid;
  }
  close(ready[1]);
  char c;
  for (int i = 0; i < 3; i++)
    if (read(ready[0], &c, 1) != 1) {
      perror("read");
      return 1;
    }
  int same = 1;
  for (int i = 0; i < 3; i++)
    same &= getpgid(kids[i]) == pgid;
  int separate = pgid != getpgrp();
  if (kill(-pgid, SIGTERM) != 0) {
    perror("kill group");
    return 1;
  } /* negative pid: whole group */
  int killed = 0;
  for (int i = 0; i < 3; i++) {
    int st;
    waitpid(kids[i], &st, 0);
    killed += WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM;
  }
  printf("job group %d: all members=%d, separate from ours=%d, terminated %d\n",
         (int)pgid, same, separate, killed);
  return (same && separate && killed == 3) ? 0 : 1;
}
