/* What eval/realworld.py puts in place of a binary it hardens, compiled with
 * the paths below defined: it runs the original under its policy,
 * `sysprune exec --policy POLICY --action ACTION --arg0 NAME -- ORIGINAL`,
 * under the name it was called by (a script could not: the kernel hands a
 * script its path, not the name it was run by, and suites check the name
 * in usage messages). Started under a filter already (a hardened program
 * running itself again: a recursive make), it runs the original directly,
 * under the filter it inherited, which is that program's policy; `sysprune
 * exec` is not a program the policy covers. It makes few syscalls (open,
 * read, close, execve), which every policy allows. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#if !defined(SYSPRUNE) || !defined(POLICY) || !defined(ACTION) ||           \
    !defined(ORIGINAL)
#error "define SYSPRUNE, POLICY, ACTION and ORIGINAL (string literals)"
#endif

/* Whether this process runs under a seccomp filter: /proc/self/status's
 * "Seccomp:" field is 2 then. */
static int underFilter(void) {
  char Status[16384];
  size_t Length = 0;
  int Fd = open("/proc/self/status", O_RDONLY | O_CLOEXEC);
  if (Fd < 0)
    return 0;
  for (;;) {
    ssize_t Read = read(Fd, Status + Length, sizeof Status - 1 - Length);
    if (Read <= 0)
      break;
    Length += (size_t)Read;
  }
  close(Fd);
  Status[Length] = '\0';
  const char *Field = strstr(Status, "\nSeccomp:\t");
  return Field && Field[10] != '0';
}

int main(int argc, char **argv) {
  if (underFilter()) {
    execv(ORIGINAL, argv);
    perror(ORIGINAL);
    return 127;
  }
  const char *Head[] = {SYSPRUNE, "exec",   "--policy", POLICY,  "--action",
                        ACTION,   "--arg0", argv[0],    "--",    ORIGINAL};
  enum { HeadLength = sizeof Head / sizeof Head[0] };
  char *Command[HeadLength + argc];
  for (int I = 0; I < HeadLength; ++I)
    Command[I] = (char *)Head[I];
  for (int I = 1; I < argc; ++I)
    Command[HeadLength + I - 1] = argv[I];
  Command[HeadLength + argc - 1] = NULL;
  execv(SYSPRUNE, Command);
  perror(SYSPRUNE);
  return 127;
}
