// A hardened program that calls C library functions the hand-checked libc
// model does not describe (statvfs, tcgetattr's neighbour tcgetsid): the
// machine-code model of libc.so.6 says what they do, so the filter lets
// them through.
#include <stdio.h>
#include <sys/statvfs.h>
#include <termios.h>

int main(void) {
  struct statvfs Root;
  if (statvfs("/", &Root) != 0) {
    perror("filesystem-space: statvfs");
    return 1;
  }
  printf("filesystem-space: / has blocks of %lu bytes\n",
         (unsigned long)Root.f_bsize);
  // Not a terminal here (or one): either way an answer, not a kill.
  printf("filesystem-space: tcgetsid answered %d\n", tcgetsid(0) >= -1);
  return 0;
}
