/* Enumerate the user and group databases with setpwent/getpwent/endpwent and
 * getgrent, as account-listing tools do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pwd.h>
#include <grp.h>

struct stats {
  int users, system_users, with_shell, groups;
};

static void scan_users(struct stats *s) {
  struct passwd *pw;
  setpwent();
  while ((pw = getpwent()) != NULL) {
    s->users++;
    if (pw->pw_uid < 1000)
      s->system_users++;
    if (pw->pw_shell && strstr(pw->pw_shell, "nologin") == NULL &&
        strcmp(pw->pw_shell, "/bin/false") != 0)
      s->with_shell++;
  }
  endpwent();
}

static int scan_groups(struct stats *s, const char *want) {
  int found = 0;
  struct group *gr;
  setgrent();
  while ((gr = getgrent()) != NULL) {
    s->groups++;
    if (strcmp(gr->gr_name, want) == 0)
      found = 1;
  }
  endgrent();
  return found;
}

int main(void) {
  struct stats s = {0, 0, 0, 0};
  scan_users(&s);
  int root_group = scan_groups(&s, "root");
  printf("%d users (%d system, %d with login shell), %d groups, root group "
         "present=%d\n",
         s.users, s.system_users, s.with_shell, s.groups, root_group);
  return (s.users >= 1 && s.groups >= 1 && root_group) ? 0 : 1;
}
