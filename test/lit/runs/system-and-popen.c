// system() and popen() run the shell: the policy includes what /bin/sh
// does, read from its machine code, with no step from the user, and what
// a constant command line runs (here nothing: echo and exit are the
// shell's own). A command line the source computes is a warning where it
// runs, saying how to name its programs; --runs merges them in, and the
// warning becomes a note.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/main.c
// RUN: echo '[{"directory": "%/t", "command": "clang -c main.c", "file": "main.c"}]' > %t/compile_commands.json
// RUN: cd %t && %clang -g -O2 -o prog main.c
// RUN: %check_sysprune --check-prefix=SHELL -- scan -p %t --binary %t/prog -o %t/p.json
// SHELL: main.c:[[@LINE+34]]:{{[0-9]+}}: warning: the program runs other programs here; the policy includes what /bin/sh can do; a program it runs that is not among them inherits a filter that may kill it: name it with --runs (RUNS in sysprune_harden) [sysprune-exec]
// SHELL: p.json: {{[0-9]+}} syscalls allowed
// RUN: FileCheck %s --check-prefix=POLICY --input-file=%t/p.json
// POLICY:      "the program",
// POLICY-NEXT:   "/bin/sh (run by 'system' at main.c:[[@LINE+24]])"
// RUN: %check_sysprune -- exec --policy %t/p.json --action kill -- %t/prog | FileCheck %s --check-prefix=RAN
// RAN:      from the shell
// RAN-NEXT: exit status 3
// RAN-NEXT: piped

// RUN: %check_sysprune --check-prefix=NAMED -- scan -p %t --binary %t/prog --runs ls --runs wc --runs sed -o %t/named.json
// NAMED: main.c:[[@LINE+23]]:{{[0-9]+}}: note: the program runs other programs here; the policy includes what {{.*}}/ls, {{.*}}/wc, {{.*}}/sed, /bin/sh can do; {{.*}} [sysprune-exec]
// RUN: %check_sysprune -- exec --policy %t/named.json --action kill -- %t/prog pipeline | FileCheck %s --check-prefix=PIPELINE
// PIPELINE:      from the shell
// PIPELINE-NEXT: exit status 3
// PIPELINE-NEXT: piped
// PIPELINE-NEXT: listed 1

// RUN: %check_sysprune --expect-exit 1 --check-prefix=BAD -- scan -p %t --binary %t/prog --runs no-such-program-here -o %t/bad.json
// BAD: sysprune scan: error: --runs no-such-program-here: no such program (neither a path to a file nor a name found on PATH)
// RUN: not test -e %t/bad.json

#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

int main(int argc, char **argv) {
  (void)argv;
  int Status = system("echo from the shell; exit 3");
  printf("exit status %d\n", WEXITSTATUS(Status));
  // The shell's builtins only, unless asked for a pipeline of programs.
  const char *Command =
      argc > 1 ? "echo piped; ls -d / | wc -l | sed 's/^/listed /'"
               : "echo piped";
  FILE *Pipe = popen(Command, "r");
  char Line[64];
  while (Pipe && fgets(Line, sizeof Line, Pipe))
    fputs(Line, stdout);
  return Pipe ? pclose(Pipe) != 0 : 1;
}
