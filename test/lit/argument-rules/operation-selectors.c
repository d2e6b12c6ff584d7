// Each operation-selecting argument the selector table names gets a rule
// with exactly the constants reachable code passes: ioctl's request,
// personality's persona, madvise's advice, fcntl's command, epoll_ctl's op,
// setns's namespace type, mount's flags (a masked compare) and tgkill's
// signal through syscall(). A dead static function adds no value.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=DIAG --implicit-check-not=note: -- scan --libc debian-12 -p %t -o %t/policy.json
// RUN: %check_sysprune -- show %t/policy.json | FileCheck %s --check-prefix=TABLE
// RUN: FileCheck %s --input-file=%t/policy.json --implicit-check-not=21522

// DIAG: 13 syscalls allowed (12 sites, 1 reachable function, 1 file)

// TABLE: epoll_ctl        233  args
// TABLE: fcntl            72   args
// TABLE: ioctl            16   args   2
// TABLE: madvise          28   args
// TABLE: mount            165  args
// TABLE: personality      135  args
// TABLE: setns            308  args
// TABLE: tgkill           234  args

// EPOLL_CTL_DEL = 2.
// CHECK:      "epoll_ctl"
// CHECK-NEXT: ],
// CHECK-NEXT: "action": "SCMP_ACT_ALLOW",
// CHECK-NEXT: "args": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "index": 1,
// CHECK-NEXT:     "value": 2,
// CHECK-NEXT:     "valueTwo": 0,
// CHECK-NEXT:     "op": "SCMP_CMP_EQ"
// CHECK-NEXT:   }
// CHECK-NEXT: ]

// F_GETFL = 3.
// CHECK:      "fcntl"
// CHECK-NEXT: ],
// CHECK-NEXT: "action": "SCMP_ACT_ALLOW",
// CHECK-NEXT: "args": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "index": 1,
// CHECK-NEXT:     "value": 3,
// CHECK-NEXT:     "valueTwo": 0,
// CHECK-NEXT:     "op": "SCMP_CMP_EQ"

// Two requests, two rules: TIOCGWINSZ = 0x5413 = 21523, FIONREAD = 0x541B =
// 21531; the dead function's TIOCSTI (0x5412 = 21522) is not among them.
// CHECK:      "ioctl"
// CHECK-NEXT: ],
// CHECK-NEXT: "action": "SCMP_ACT_ALLOW",
// CHECK-NEXT: "args": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "index": 1,
// CHECK-NEXT:     "value": 21523,
// CHECK:      "ioctl"
// CHECK-NEXT: ],
// CHECK-NEXT: "action": "SCMP_ACT_ALLOW",
// CHECK-NEXT: "args": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "index": 1,
// CHECK-NEXT:     "value": 21531,

// MADV_DONTNEED = 4.
// CHECK:      "madvise"
// CHECK-NEXT: ],
// CHECK-NEXT: "action": "SCMP_ACT_ALLOW",
// CHECK-NEXT: "args": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "index": 2,
// CHECK-NEXT:     "value": 4,

// MS_REMOUNT | MS_RDONLY = 33: any of those bits, nothing else; the mask is
// the complement of 33 in the low 32 bits, 0xFFFFFFDE = 4294967262.
// CHECK:      "mount"
// CHECK-NEXT: ],
// CHECK-NEXT: "action": "SCMP_ACT_ALLOW",
// CHECK-NEXT: "args": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "index": 3,
// CHECK-NEXT:     "value": 4294967262,
// CHECK-NEXT:     "valueTwo": 0,
// CHECK-NEXT:     "op": "SCMP_CMP_MASKED_EQ"

// ADDR_NO_RANDOMIZE = 0x40000 = 262144; the dead function's 0 is not allowed.
// CHECK:      "personality"
// CHECK-NEXT: ],
// CHECK-NEXT: "action": "SCMP_ACT_ALLOW",
// CHECK-NEXT: "args": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "index": 0,
// CHECK-NEXT:     "value": 262144,
// CHECK-NEXT:     "valueTwo": 0,
// CHECK-NEXT:     "op": "SCMP_CMP_EQ"
// CHECK-NEXT:   }
// CHECK-NEXT: ]

// CLONE_NEWNET = 0x40000000 = 1073741824.
// CHECK:      "setns"
// CHECK-NEXT: ],
// CHECK-NEXT: "action": "SCMP_ACT_ALLOW",
// CHECK-NEXT: "args": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "index": 1,
// CHECK-NEXT:     "value": 1073741824,

// SIGUSR1 = 10, through the generic syscall().
// CHECK:      "tgkill"
// CHECK-NEXT: ],
// CHECK-NEXT: "action": "SCMP_ACT_ALLOW",
// CHECK-NEXT: "args": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "index": 2,
// CHECK-NEXT:     "value": 10,

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c main.c", "file": "main.c"}]

//--- main.c
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/personality.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>

static void unused(int fd) {
  ioctl(fd, TIOCSTI, "x");
  personality(0);
}

int main(void) {
  struct winsize ws;
  int pending;
  ioctl(1, TIOCGWINSZ, &ws);
  ioctl(0, FIONREAD, &pending);
  personality(ADDR_NO_RANDOMIZE);
  madvise(0, 4096, MADV_DONTNEED);
  fcntl(0, F_GETFL);
  int ep = epoll_create1(EPOLL_CLOEXEC);
  epoll_ctl(ep, EPOLL_CTL_DEL, 0, 0);
  setns(3, CLONE_NEWNET);
  mount("none", "/mnt", 0, MS_REMOUNT | MS_RDONLY, 0);
  syscall(SYS_tgkill, getpid(), gettid(), SIGUSR1);
  return 0;
}
