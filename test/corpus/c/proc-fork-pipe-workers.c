/* Farm out work to forked worker processes over a pair of pipes each, sending
 * fixed-size binary requests and reading replies, as pre-fork servers do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <unistd.h>
#include <sys/wait.h>

struct request {
  uint32_t op;
  int64_t a, b;
};
struct reply {
  int64_t value;
  uint32_t worker;
};
struct worker {
  pid_t pid;
  int to, from;
};

static int read_full(int fd, void *buf, size_t len) {
  char *p = buf;
  while (len) {
    ssize_t n = read(fd, p, len);
    if (n <= 0)
      return -1;
    p += n;
    len -= (size_t)n;
  }
  return 0;
}

static void worker_loop(uint32_t id, int in, int out) {
  struct request rq;
  while (read_full(in, &rq, sizeof rq) == 0) {
    struct reply rp = {rq.op == 0 ? rq.a + rq.b : rq.a * rq.b, id};
    if (write(out, &rp, sizeof rp) != (ssize_t)sizeof rp)
      _exit(2);
  }
  _exit(0); /* EOF: parent closed our request pipe */
}

static int start_worker(struct worker *all, uint32_t id) {
  struct worker *w = &all[id];
  int req[2], rep[2];
  if (pipe(req) || pipe(rep))
    return -1;
  fflush(stdout);
  w->pid = fork();
  if (w->pid < 0)
    return -1;
  if (w->pid == 0) {
    close(req[1]);
    close(rep[0]);
    for (uint32_t i = 0; i < id;
         i++) { /* drop siblings' pipe ends, or they never see EOF */
      close(all[i].to);
      close(all[i].from);
    }
    worker_loop(id, req[0], rep[1]);
  }
  close(req[0]);
  close(rep[1]);
  w->to = req[1];
  w->from = rep[0];
  return 0;
}

int main(void) {
  struct worker w[3];
  for (uint32_t i = 0; i < 3; i++)
    if (start_worker(w, i) != 0) {
      perror("start_worker");
      return 1;
    }
  int64_t total = 0;
  for (int i = 0; i < 30; i++) {
    struct worker *k = &w[i % 3];
    struct request rq = {(uint32_t)(i % 2), i, 3};
    struct reply rp;
    if (write(k->to, &rq, sizeof rq) != (ssize_t)sizeof rq ||
        read_full(k->from, &rp, sizeof rp) != 0) {
      perror("rpc");
      return 1;
    }
    if (rp.worker != (uint32_t)(i % 3)) {
      fprintf(stderr, "wrong worker\n");
      return 1;
    }
    total += rp.value;
  }
  int clean = 1;
  for (int i = 0; i < 3; i++) {
    close(w[i].to);
    int st;
    waitpid(w[i].pid, &st, 0);
    clean &= WIFEXITED(st) && WEXITSTATUS(st) == 0;
    close(w[i].from);
  }
  printf("30 requests over 3 workers, total %lld, clean shutdown %d\n",
         (long long)total, clean);
  return (total == 930 && clean) ? 0 : 1;
}
