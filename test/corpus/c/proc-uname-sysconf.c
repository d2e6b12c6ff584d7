/* Discover the platform with uname, sysconf (page size, CPUs, open max, clock
 * ticks), pathconf and confstr, as runtimes size their caches and pools. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/utsname.h>

struct sc {
  const char *name;
  int id;
};

int main(void) {
  struct utsname u;
  if (uname(&u) != 0) {
    perror("uname");
    return 1;
  }
  printf("%s %s %s (%s)\n", u.sysname, u.release, u.machine, u.nodename);

  static const struct sc vars[] = {
      {"_SC_PAGESIZE", _SC_PAGESIZE},
      {"_SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN},
      {"_SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF},
      {"_SC_OPEN_MAX", _SC_OPEN_MAX},
      {"_SC_CLK_TCK", _SC_CLK_TCK},
      {"_SC_ARG_MAX", _SC_ARG_MAX},
      {"_SC_PHYS_PAGES", _SC_PHYS_PAGES},
      {"_SC_LEVEL1_DCACHE_LINESIZE", _SC_LEVEL1_DCACHE_LINESIZE},
  };
  long vals[8];
  for (int i = 0; i < 8; i++) {
    vals[i] = sysconf(vars[i].id);
    printf("%-28s %ld\n", vars[i].name, vals[i]);
  }
  long name_max = pathconf("/tmp", _PC_NAME_MAX),
       path_max = pathconf("/tmp", _PC_PATH_MAX);
  char libc[64] = "";
  confstr(_CS_GNU_LIBC_VERSION, libc, sizeof libc);
  printf("NAME_MAX(/tmp)=%ld PATH_MAX(/tmp)=%ld libc=%s pagesize=%d\n",
         name_max, path_max, libc, getpagesize());
  return (strcmp(u.sysname, "Linux") == 0 && vals[0] == getpagesize() &&
          vals[1] >= 1 && vals[4] > 0 && name_max >= 14 &&
          strncmp(libc, "glibc", 5) == 0)
             ? 0
             : 1;
}
