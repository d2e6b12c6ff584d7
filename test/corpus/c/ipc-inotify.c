/* Watch a directory with inotify for created, modified, renamed and deleted
 * files, parsing the variable-length event records, as file watchers do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>
#include <sys/inotify.h>

struct seen {
  int create, modify, moved_from, moved_to, del;
};

static void handle_events(int fd, struct seen *s) {
  char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
  ssize_t len = read(fd, buf, sizeof buf);
  if (len <= 0)
    return;
  for (char *p = buf; p < buf + len;) {
    const struct inotify_event *ev = (const struct inotify_event *)p;
    const char *name = ev->len ? ev->name : "";
    if (ev->mask & IN_CREATE) {
      s->create++;
      printf("created  %s\n", name);
    }
    if (ev->mask & IN_CLOSE_WRITE) {
      s->modify++;
      printf("written  %s\n", name);
    }
    if (ev->mask & IN_MOVED_FROM) {
      s->moved_from++;
      printf("moved    %s (cookie %u)\n", name, ev->cookie);
    }
    if (ev->mask & IN_MOVED_TO) {
      s->moved_to++;
      printf("arrived  %s (cookie %u)\n", name, ev->cookie);
    }
    if (ev->mask & IN_DELETE) {
      s->del++;
      printf("deleted  %s\n", name);
    }
    p += sizeof *ev + ev->len;
  }
}

int main(void) {
  char dir[] = "/tmp/inotify.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd < 0) {
    perror("inotify_init1");
    return 1;
  }
  int wd = inotify_add_watch(fd, dir,
                             IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_FROM |
                                 IN_MOVED_TO | IN_DELETE);
  if (wd < 0) {
    perror("inotify_add_watch");
    return 1;
  }

  char a[64], b[64];
  snprintf(a, sizeof a, "%s/new.txt", dir);
  snprintf(b, sizeof b, "%s/final.txt", dir);
  int f = open(a, O_CREAT | O_WRONLY, 0644);
  if (f < 0 || write(f, "x", 1) != 1) {
    perror("write");
    return 1;
  }
  close(f);
  rename(a, b);
  unlink(b);

  struct seen s = {0, 0, 0, 0, 0};
  while (s.del == 0) {
    struct pollfd p = {fd, POLLIN, 0};
    if (poll(&p, 1, 2000) <= 0) {
      fprintf(stderr, "no inotify events\n");
      return 1;
    }
    handle_events(fd, &s);
  }
  inotify_rm_watch(fd, wd);
  close(fd);
  rmdir(dir);
  return (s.create == 1 && s.modify == 1 && s.moved_from == 1 &&
          s.moved_to == 1 && s.del == 1)
             ? 0
             : 1;
}
