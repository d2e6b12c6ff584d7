// Running another program is reported prominently: the filter is inherited
// across execve. --library makes every exported function an entry point.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=EXEC -- scan -p %t %t/main.c -o %t/main.json
// EXEC:      main.c:6:3: warning: the program runs other programs here (through 'execvp'): they inherit the seccomp filter, so the policy must also allow what they do: name each with --runs PROGRAM (RUNS in sysprune_harden), or harden only a process that runs none [sysprune-exec]
// EXEC-NEXT:   execvp(argv[1], argv + 1);

// RUN: %check_sysprune --check-prefix=LIBRARY -- scan -p %t %t/lib.c --library -o %t/lib.json
// LIBRARY: lib.json: 4 syscalls allowed (2 sites, 3 reachable functions, 1 file)
// RUN: FileCheck %s --check-prefix=LIBPOLICY --input-file=%t/lib.json --implicit-check-not=ptrace
// LIBPOLICY:      "names": [
// LIBPOLICY-NEXT:   "exit_group",
// LIBPOLICY-NEXT:   "getppid",
// LIBPOLICY-NEXT:   "gettid",
// LIBPOLICY-NEXT:   "restart_syscall"
// LIBPOLICY:      "entries": [
// LIBPOLICY-NEXT:   "--library"

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c main.c", "file": "main.c"},
 {"directory": "DIR", "command": "clang -c lib.c", "file": "lib.c"}]

//--- main.c
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 2)
    return 1;
  execvp(argv[1], argv + 1);
  return 127;
}

//--- lib.c
#include <sys/syscall.h>
#include <unistd.h>
static long helper(void) { return syscall(SYS_gettid); }
long exported_one(void) { return helper(); }
long exported_two(void) { return syscall(SYS_getppid); }
static long unused(void) { return syscall(SYS_ptrace, 0, 0, 0, 0); }
