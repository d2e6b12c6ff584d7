// chroot-chdir and chroot-open-fds: a chroot without chdir("/") after it,
// and one while descriptors opened before it in the same function are still
// open; their safe forms find nothing.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- check -p %t --checks=-*,chroot-* | FileCheck %s --implicit-check-not="{{warning|error}}:"
// The second run takes the facts from the cache the first wrote: the
// findings are in the cached facts.
// RUN: ls %t/.sysprune-cache | FileCheck %s --check-prefix=CACHED
// CACHED: .facts.json
// RUN: %check_sysprune -- check -p %t --checks=-*,chroot-open-fds | FileCheck %s --check-prefix=ONLYFDS --implicit-check-not="{{warning|error}}:"
// CHECK: main.c:6:7: warning: chroot is not followed by chdir("/") in 'no_chdir': the working directory stays outside the new root, and the process can leave the jail through it; call chdir("/") after chroot and check its result [chroot-chdir]
// CHECK: main.c:6:7: note: chroot(2): this call does not change the current working directory, so that after the call '.' can be outside the tree rooted at '/' [chroot-chdir]
// CHECK: main.c:13:10: warning: chroot is not followed by chdir("/") in 'chdir_before'
// CHECK: main.c:17:10: warning: chroot is not followed by chdir("/") in 'chdir_elsewhere'
// CHECK: main.c:24:3: warning: chroot while descriptors opened before it are still open: through them the process reaches files outside the new root; close them before chroot [chroot-open-fds]
// CHECK: main.c:21:13: note: 'dir' is opened here by open and not closed before chroot [chroot-open-fds]
// CHECK: main.c:23:7: note: 's' is opened here by socket and not closed before chroot [chroot-open-fds]
// CHECK: main.c:24:3: note: chroot(2): this call does not close open file descriptors, and such file descriptors may allow access to files outside the chroot tree [chroot-open-fds]
// ONLYFDS: main.c:24:3: warning: chroot while descriptors opened before it are still open

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c main.c", "file": "main.c"}]

//--- main.c
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

int no_chdir(const char *jail) {
  if (chroot(jail) != 0)
    return -1;
  return 0;
}

int chdir_before(const char *jail) {
  chdir("/");
  return chroot(jail);
}

int chdir_elsewhere(const char *jail) {
  return chroot(jail) || chdir("/tmp");
}

int open_fds(const char *jail) {
  int dir = open("/var/log", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  int s;
  s = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  chroot(jail);
  chdir("/");
  return dir + s;
}

int safe(const char *jail) {
  int dir = open("/var/log", O_RDONLY | O_CLOEXEC);
  close(dir);
  if (chroot(jail) != 0 || chdir("/") != 0)
    return -1;
  int after = open("/etc/hosts", O_RDONLY | O_CLOEXEC);
  return after;
}

int enter_then_root(const char *jail) {
  if (chdir(jail) != 0)
    return -1;
  return chroot(".");
}
