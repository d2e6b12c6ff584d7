/* Compute a user's supplementary groups with getgrouplist (retrying with the
 * size it reports) and compare with getgroups, as login and sudo-like tools do.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

static gid_t *groups_of(const char *user, gid_t base, int *count) {
  int n = 2; /* start small; getgrouplist tells us the real size */
  gid_t *list = malloc(sizeof *list * (size_t)n);
  if (!list)
    return NULL;
  while (getgrouplist(user, base, list, &n) == -1) {
    gid_t *bigger = realloc(list, sizeof *list * (size_t)n);
    if (!bigger) {
      free(list);
      return NULL;
    }
    list = bigger;
  }
  *count = n;
  return list;
}

int main(void) {
  struct passwd *pw = getpwnam("root");
  if (!pw) {
    fprintf(stderr, "no root user\n");
    return 1;
  }
  int n = 0;
  gid_t *list = groups_of(pw->pw_name, pw->pw_gid, &n);
  if (!list) {
    perror("getgrouplist");
    return 1;
  }
  int has_base = 0;
  printf("root is in %d group(s):", n);
  for (int i = 0; i < n; i++) {
    struct group *gr = getgrgid(list[i]);
    printf(" %u(%s)", (unsigned)list[i], gr ? gr->gr_name : "?");
    if (list[i] == pw->pw_gid)
      has_base = 1;
  }
  putchar('\n');
  free(list);

  int mine = getgroups(0, NULL);
  if (mine < 0) {
    perror("getgroups");
    return 1;
  }
  gid_t *cur = calloc((size_t)mine + 1, sizeof *cur);
  if (!cur) {
    perror("calloc");
    return 1;
  }
  if (getgroups(mine, cur) < 0) {
    perror("getgroups");
    return 1;
  }
  printf("this process has %d supplementary group(s)\n", mine);
  free(cur);
  return (n >= 1 && has_base) ? 0 : 1;
}
