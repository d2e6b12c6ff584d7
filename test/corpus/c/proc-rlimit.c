/* Inspect and adjust resource limits with getrlimit/setrlimit: raise the soft
 * open-file limit to the hard limit, disable core dumps, and see EMFILE under a
 * low cap in a child. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>

static void show(const char *name, int res) {
  struct rlimit rl;
  if (getrlimit(res, &rl) != 0) {
    perror(name);
    return;
  }
  char s[32], h[32];
  snprintf(s, sizeof s, rl.rlim_cur == RLIM_INFINITY ? "unlimited" : "%llu",
           (unsigned long long)rl.rlim_cur);
  snprintf(h, sizeof h, rl.rlim_max == RLIM_INFINITY ? "unlimited" : "%llu",
           (unsigned long long)rl.rlim_max);
  printf("%-14s soft %-10s hard %s\n", name, s, h);
}

int main(void) {
  show("RLIMIT_NOFILE", RLIMIT_NOFILE);
  show("RLIMIT_STACK", RLIMIT_STACK);
  show("RLIMIT_CORE", RLIMIT_CORE);

  struct rlimit rl;
  getrlimit(RLIMIT_NOFILE, &rl);
  rl.rlim_cur = rl.rlim_max; /* common server startup step */
  if (setrlimit(RLIMIT_NOFILE, &rl) != 0)
    perror("setrlimit NOFILE");
  struct rlimit core = {0, 0};
  getrlimit(RLIMIT_CORE, &core);
  core.rlim_cur = 0;
  if (setrlimit(RLIMIT_CORE, &core) != 0) {
    perror("setrlimit CORE");
    return 1;
  }

  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    struct rlimit low = {8, 8};
    getrlimit(RLIMIT_NOFILE, &low);
    low.rlim_cur = 8;
    if (setrlimit(RLIMIT_NOFILE, &low) != 0)
      _exit(2);
    int opened = 0;
    for (;;) {
      int fd = open("/dev/null", O_RDONLY);
      if (fd < 0)
        _exit(errno == EMFILE && opened <= 5 ? 0 : 3);
      opened++;
    }
  }
  int st;
  waitpid(pid, &st, 0);
  struct rlimit now;
  getrlimit(RLIMIT_CORE, &now);
  printf("child hit EMFILE under a limit of 8: %s; core soft limit now %llu\n",
         WIFEXITED(st) && WEXITSTATUS(st) == 0 ? "yes" : "no",
         (unsigned long long)now.rlim_cur);
  return (WIFEXITED(st) && WEXITSTATUS(st) == 0 && now.rlim_cur == 0) ? 0 : 1;
}
