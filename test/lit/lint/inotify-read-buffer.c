// inotify-read-buffer: reads from an inotify descriptor into an array, or
// of a constant count, below sizeof(struct inotify_event) + NAME_MAX + 1.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- check -p %t --checks=-*,inotify-read-buffer | FileCheck %s --implicit-check-not="{{warning|error}}:"
// CHECK: main.c:9:20: warning: reading inotify events into 16 bytes, less than sizeof(struct inotify_event) + NAME_MAX + 1 (272): the read cannot hold an event with a long name, and read fails with EINVAL; make it at least that size [inotify-read-buffer]
// CHECK: main.c:6:12: note: the descriptor comes from inotify_init1 here [inotify-read-buffer]
// CHECK: main.c:9:20: note: inotify(7): specifying a buffer of size sizeof(struct inotify_event) + NAME_MAX + 1 will be sufficient to read at least one event [inotify-read-buffer]
// CHECK: main.c:11:12: warning: reading inotify events into 64 bytes, less than sizeof(struct inotify_event) + NAME_MAX + 1 (272): the buffer 'small' cannot hold an event with a long name, {{.*}} [inotify-read-buffer]
// CHECK: main.c:18:17: warning: reading inotify events into 100 bytes, {{.*}} [inotify-read-buffer]
// CHECK: main.c:16:8: note: the descriptor comes from inotify_init here [inotify-read-buffer]

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c main.c", "file": "main.c"}]

//--- main.c
#include <limits.h>
#include <sys/inotify.h>
#include <unistd.h>

void watch(const char *path) {
  int fd = inotify_init1(IN_CLOEXEC);
  inotify_add_watch(fd, path, IN_MODIFY);
  struct inotify_event event;
  read(fd, &event, sizeof event);
  char small[64];
  read(fd, small, sizeof small);
}

void watch_again(void) {
  int fd;
  fd = inotify_init();
  char big[4096];
  read(fd, big, 100);
}
