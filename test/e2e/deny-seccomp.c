/* deny-seccomp: runs a command under a parent seccomp filter that makes the
 * seccomp(2) syscall fail, the way an older kernel or a container runtime's
 * own policy can. Filters survive execve, so the command's runtime meets
 * that refusal when it tries to install its own filter.
 *
 *   deny-seccomp eperm  CMD ARGS...   seccomp() and prctl(PR_SET_SECCOMP)
 *                                     fail with EPERM: nothing can install
 *   deny-seccomp einval CMD ARGS...   likewise with EINVAL, as a kernel
 *                                     built without seccomp filters says
 *   deny-seccomp enosys CMD ARGS...   seccomp() fails with ENOSYS, as before
 *                                     Linux 3.17; prctl still works */
#include <errno.h>
#include <seccomp.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int error = 0;
  if (argc >= 3 && strcmp(argv[1], "eperm") == 0)
    error = EPERM;
  else if (argc >= 3 && strcmp(argv[1], "einval") == 0)
    error = EINVAL;
  else if (argc >= 3 && strcmp(argv[1], "enosys") == 0)
    error = ENOSYS;
  if (!error) {
    fprintf(stderr, "usage: deny-seccomp eperm|einval|enosys CMD ARGS...\n");
    return 2;
  }
  scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
  if (!ctx)
    return 2;
  int rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(error), SCMP_SYS(seccomp), 0);
  if (!rc && error != ENOSYS)
    rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(error), SCMP_SYS(prctl), 1,
                          SCMP_A0(SCMP_CMP_EQ, PR_SET_SECCOMP));
  if (!rc)
    rc = seccomp_load(ctx); /* sets no_new_privs itself */
  seccomp_release(ctx);
  if (rc) {
    fprintf(stderr, "deny-seccomp: cannot load the filter: %s\n",
            strerror(-rc));
    return 2;
  }
  execvp(argv[2], argv + 2);
  perror("deny-seccomp: execvp");
  return 2;
}
