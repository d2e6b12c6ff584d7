// Programs the source names as constants are found and merged with no step
// from the user: execlp's file and posix_spawnp's, looked up on PATH, and
// the programs of a constant command line for system(). The policy says
// which call runs each; the scan's diagnostic is a note, and the program
// runs under kill.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/main.c
// RUN: echo '[{"directory": "%/t", "command": "clang -c main.c", "file": "main.c"}]' > %t/compile_commands.json
// RUN: cd %t && %clang -g -O2 -o prog main.c
// RUN: %check_sysprune --check-prefix=SCAN -- scan -p %t --binary %t/prog -o %t/p.json
// SCAN: main.c:{{[0-9]+}}:{{[0-9]+}}: note: the program runs other programs here; the policy includes what /bin/sh, {{.*}}/rm, {{.*}}/tac, {{.*}}/wc can do; {{.*}} [sysprune-exec]
// RUN: FileCheck %s --check-prefix=POLICY --input-file=%t/p.json
// POLICY:      "the program",
// POLICY-DAG:  "/bin/sh (run by 'system' at main.c:[[#SYSTEM:]])"
// POLICY-DAG:  "{{.*}}/rm (run by 'system' at main.c:[[#SYSTEM]])"
// POLICY-DAG:  "{{.*}}/tac (run by 'execlp' at main.c:[[#EXECLP:]])"
// POLICY-DAG:  "{{.*}}/wc (run by 'posix_spawnp' at main.c:[[#SPAWN:]])"
// RUN: cd %t && %check_sysprune -- exec --policy %t/p.json --action kill -- %t/prog | FileCheck %s --check-prefix=RAN
// RAN:      c
// RAN-NEXT: b
// RAN-NEXT: a
// RAN-NEXT: 3 /etc/hostname
// RAN-NEXT: removed

// A program the source names that is not here is a warning naming it.
// RUN: sed 's/"wc"/"no-such-counter"/' %t/main.c > %t/missing.c
// RUN: echo '[{"directory": "%/t", "command": "clang -c missing.c", "file": "missing.c"}]' > %t/compile_commands.json
// RUN: cd %t && %clang -g -O2 -o missing missing.c
// RUN: %check_sysprune --check-prefix=MISSING -- scan -p %t --binary %t/missing -o %t/missing.json
// MISSING: missing.c:{{[0-9]+}}:{{[0-9]+}}: warning: 'posix_spawnp' runs 'no-such-counter', which is not on PATH here, so what it does is not in the policy; name the program it will be with --runs (RUNS in sysprune_harden) [sysprune-run-not-found]

#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int main(void) {
  int Fds[2];
  if (pipe(Fds) != 0)
    return 1;
  pid_t Reverser = fork();
  if (Reverser == 0) {
    dup2(Fds[0], 0);
    close(Fds[1]);
    execlp("tac", "tac", (char *)NULL);
    _exit(127);
  }
  close(Fds[0]);
  dprintf(Fds[1], "a\nb\nc\n");
  close(Fds[1]);
  int Status;
  waitpid(Reverser, &Status, 0);
  pid_t Counter;
  char *Argv[] = {"wc", "-c", "/etc/hostname", NULL};
  if (posix_spawnp(&Counter, "wc", NULL, NULL, Argv, environ) == 0)
    waitpid(Counter, &Status, 0);
  return system("rm -rf no-such-dir-here && echo removed") != 0;
}
