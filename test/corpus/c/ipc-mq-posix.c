/* Pass prioritised messages between processes through a POSIX message queue
 * (mq_open with attributes, mq_send priorities, mq_receive, mq_timedreceive,
 * mq_unlink). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>

#define MSGSZ 128

int main(void) {
  char name[64];
  snprintf(name, sizeof name, "/corpus-mq-%ld", (long)getpid());
  struct mq_attr attr = {.mq_flags = 0, .mq_maxmsg = 8, .mq_msgsize = MSGSZ};
  mqd_t q = mq_open(name, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600, &attr);
  if (q == (mqd_t)-1) {
    perror("mq_open");
    return 1;
  }

  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    mqd_t w = mq_open(name, O_WRONLY);
    if (w == (mqd_t)-1)
      _exit(2);
    const char *msgs[] = {"routine report", "URGENT: disk failing",
                          "routine heartbeat", "notice: rotated logs"};
    unsigned prio[] = {1, 9, 1, 5};
    for (int i = 0; i < 4; i++)
      if (mq_send(w, msgs[i], strlen(msgs[i]) + 1, prio[i]) != 0)
        _exit(3);
    mq_close(w);
    _exit(0);
  }
  int st;
  waitpid(pid, &st, 0);

  struct mq_attr now;
  mq_getattr(q, &now);
  printf("queue holds %ld message(s)\n", now.mq_curmsgs);
  unsigned order[4];
  char buf[MSGSZ];
  for (int i = 0; i < 4; i++) {
    unsigned p;
    ssize_t n = mq_receive(q, buf, sizeof buf,
                           &p); /* highest priority first, FIFO within */
    if (n < 0) {
      perror("mq_receive");
      return 1;
    }
    order[i] = p;
    printf("prio %u: %s\n", p, buf);
  }
  struct timespec dl;
  clock_gettime(CLOCK_REALTIME, &dl);
  dl.tv_nsec += 10000000;
  if (dl.tv_nsec >= 1000000000L) {
    dl.tv_sec++;
    dl.tv_nsec -= 1000000000L;
  }
  int timed_out =
      mq_timedreceive(q, buf, sizeof buf, NULL, &dl) < 0 && errno == ETIMEDOUT;
  mq_close(q);
  if (mq_unlink(name) != 0) {
    perror("mq_unlink");
    return 1;
  }
  printf("empty queue receive timed out: %d\n", timed_out);
  return (now.mq_curmsgs == 4 && order[0] == 9 && order[1] == 5 &&
          order[3] == 1 && timed_out && WEXITSTATUS(st) == 0)
             ? 0
             : 1;
}
