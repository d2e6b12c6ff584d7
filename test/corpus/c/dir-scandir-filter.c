/* Select and sort directory entries with scandir using a filter callback and
 * alphasort/versionsort-style comparators. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

static int only_logs(const struct dirent *de) {
  size_t n = strlen(de->d_name);
  return n > 4 && strcmp(de->d_name + n - 4, ".log") == 0;
}

static int by_length_then_name(const struct dirent **a,
                               const struct dirent **b) {
  size_t la = strlen((*a)->d_name), lb = strlen((*b)->d_name);
  if (la != lb)
    return la < lb ? -1 : 1;
  return strcmp((*a)->d_name, (*b)->d_name);
}

static void touch(const char *dir, const char *name) {
  char p[256];
  snprintf(p, sizeof p, "%s/%s", dir, name);
  int fd = open(p, O_CREAT | O_WRONLY, 0644);
  if (fd < 0)
    perror(p);
  else
    close(fd);
}

int main(void) {
  char dir[] = "/tmp/scandir.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  const char *names[] = {"app.log.1", "app-10.log", "app-9.log",
                         "app-1.log", "readme.txt", "x.log"};
  for (size_t i = 0; i < 6; i++)
    touch(dir, names[i]);

  struct dirent **list;
  int n = scandir(dir, &list, only_logs, versionsort);
  if (n < 0) {
    perror("scandir");
    return 1;
  }
  printf("versionsort:");
  for (int i = 0; i < n; i++)
    printf(" %s", list[i]->d_name);
  putchar('\n');
  int ok = n == 4 && strcmp(list[0]->d_name, "app-1.log") == 0 &&
           strcmp(list[2]->d_name, "app-10.log") == 0;
  for (int i = 0; i < n; i++)
    free(list[i]);
  free(list);

  n = scandir(dir, &list, only_logs, by_length_then_name);
  if (n < 0) {
    perror("scandir");
    return 1;
  }
  printf("by length:  ");
  for (int i = 0; i < n; i++)
    printf(" %s", list[i]->d_name);
  putchar('\n');
  ok = ok && strcmp(list[0]->d_name, "x.log") == 0;
  for (int i = 0; i < n; i++)
    free(list[i]);
  free(list);

  n = scandir(dir, &list, NULL, alphasort); /* includes . and .. */
  for (int i = 0; i < n; i++) {
    if (list[i]->d_name[0] != '.') {
      char p[512];
      snprintf(p, sizeof p, "%s/%s", dir, list[i]->d_name);
      unlink(p);
    }
    free(list[i]);
  }
  free(list);
  rmdir(dir);
  return ok && n == 8 ? 0 : 1;
}
