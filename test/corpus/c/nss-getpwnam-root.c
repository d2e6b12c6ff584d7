/* Resolve a user name to uid/gid with getpwnam("root") and getpwnam_r, and
 * treat a missing user as a normal outcome, as daemons dropping privileges do.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <pwd.h>

struct user_ids {
  uid_t uid;
  gid_t gid;
  char home[256];
};

static int resolve_user(const char *name, struct user_ids *out) {
  errno = 0;
  struct passwd *pw = getpwnam(name);
  if (!pw)
    return errno ? -errno : 0; /* 0 = not found, negative = lookup error */
  out->uid = pw->pw_uid;
  out->gid = pw->pw_gid;
  snprintf(out->home, sizeof out->home, "%s", pw->pw_dir);
  return 1;
}

int main(void) {
  struct user_ids root;
  int r = resolve_user("root", &root);
  if (r <= 0) {
    fprintf(stderr, "root lookup failed (%d)\n", r);
    return 1;
  }
  printf("root: uid=%u gid=%u home=%s\n", (unsigned)root.uid,
         (unsigned)root.gid, root.home);

  struct user_ids ghost;
  int g = resolve_user("no-such-user-xyz", &ghost);
  printf("no-such-user-xyz: %s\n", g == 0  ? "not found"
                                   : g > 0 ? "exists?!"
                                           : "lookup error");

  char buf[1024];
  struct passwd pw, *res;
  int err = getpwnam_r("root", &pw, buf, sizeof buf, &res);
  printf("getpwnam_r: err=%d found=%d gecos='%s'\n", err, res != NULL,
         res ? pw.pw_gecos : "");
  return (root.uid == 0 && g == 0 && err == 0 && res && pw.pw_uid == 0) ? 0 : 1;
}
