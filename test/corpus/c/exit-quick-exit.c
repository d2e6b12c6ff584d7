/* Terminate a worker with quick_exit so only at_quick_exit handlers run (not
 * atexit ones) and observe the status from the parent. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

static int report_fd = -1;

static void quick_handler(void) {
  if (write(report_fd, "Q", 1) != 1)
    _exit(90);
}

static void normal_handler(void) {
  if (write(report_fd, "N", 1) != 1)
    _exit(91); /* must not run on quick_exit */
}

static void worker(void) {
  atexit(normal_handler);
  at_quick_exit(quick_handler);
  /* buffered output is NOT flushed by quick_exit, so flush explicitly */
  printf("worker %d bailing out quickly\n", (int)getpid());
  fflush(stdout);
  quick_exit(5);
}

int main(void) {
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
    close(p[0]);
    report_fd = p[1];
    worker();
  }
  close(p[1]);
  char marks[8] = "";
  ssize_t n = read(p[0], marks, sizeof marks - 1);
  if (n < 0)
    n = 0;
  marks[n] = '\0';
  int st;
  waitpid(pid, &st, 0);
  close(p[0]);
  printf("worker exit status %d, handlers run: \"%s\"\n",
         WIFEXITED(st) ? WEXITSTATUS(st) : -1, marks);
  return (WIFEXITED(st) && WEXITSTATUS(st) == 5 && strcmp(marks, "Q") == 0) ? 0
                                                                            : 1;
}
