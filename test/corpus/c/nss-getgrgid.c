/* Map group ids to names and list members with getgrgid/getgrgid_r and
 * getgrnam, as ls -l and id print group information. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <grp.h>
#include <unistd.h>

static const char *group_name(gid_t gid, char *fallback, size_t len) {
  struct group *gr = getgrgid(gid);
  if (gr)
    return gr->gr_name;
  snprintf(fallback, len, "%u", (unsigned)gid); /* ls prints the number */
  return fallback;
}

static int count_members(const struct group *gr) {
  int n = 0;
  for (char **m = gr->gr_mem; m && *m; m++)
    n++;
  return n;
}

int main(void) {
  char tmp[16];
  printf("my gid %u is '%s'\n", (unsigned)getgid(),
         group_name(getgid(), tmp, sizeof tmp));

  char buf[4096];
  struct group gr, *res = NULL;
  int err = getgrgid_r(0, &gr, buf, sizeof buf, &res);
  if (err != 0 || !res) {
    fprintf(stderr, "getgrgid_r(0) failed: %s\n",
            err ? strerror(err) : "not found");
    return 1;
  }
  printf("gid 0 is '%s' with %d listed members\n", gr.gr_name,
         count_members(&gr));

  struct group *byname = getgrnam("root");
  long root_gid =
      byname ? (long)byname->gr_gid
             : -1; /* copy: the static result is reused by the next call */
  int ok = root_gid == 0 && strcmp(gr.gr_name, "root") == 0;
  struct group *missing = getgrnam("no-such-group-xyz");
  printf("getgrnam(root) gid=%ld, missing group found=%d\n", root_gid,
         missing != NULL);
  return ok && !missing ? 0 : 1;
}
