// sysprune explain prints why a syscall is allowed like a compiler
// backtrace: the site, then each caller up to the entry point; for a
// restricted syscall, per argument rule.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- scan -p %t -o %t/policy.json --root %t
// RUN: %check_sysprune -- explain eventfd2 --policy %t/policy.json --root %t | FileCheck %s --check-prefix=CHAIN --implicit-check-not=note:
// RUN: %check_sysprune -- explain eventfd2 -p %t | FileCheck %s --check-prefix=CHAIN --implicit-check-not=note:

// CHAIN:      sysprune explain: note: eventfd2 is allowed with any arguments, needed at 1 site; the shortest call chain:
// CHAIN-NEXT: {{.*}}lib.c:4:10: note: eventfd2 is made here, in function 'make_counter' (through 'eventfd')
// CHAIN-NEXT:   return eventfd(0, EFD_CLOEXEC);
// CHAIN-NEXT:          ^
// CHAIN-NEXT: {{.*}}main.c:5:33: note: called from function 'setup'
// CHAIN-NEXT: static int setup(void) { return make_counter(); }
// CHAIN-NEXT:                                 ^
// CHAIN-NEXT: {{.*}}main.c:7:3: note: called from function 'main'
// CHAIN-NEXT:   setup();
// CHAIN-NEXT:   ^

// RUN: %check_sysprune -- explain prctl --policy %t/policy.json --root %t | FileCheck %s --check-prefix=RULES
// RULES:      sysprune explain: note: prctl is allowed when argument 0 == 15, needed at 1 site
// RULES-NEXT: {{.*}}main.c:8:3: note: prctl is made here, in function 'main' (through 'prctl')
// RULES:      sysprune explain: note: prctl is allowed when argument 0 == 38, needed at 1 site
// RULES-NEXT: {{.*}}main.c:9:3: note: prctl is made here, in function 'main' (through 'prctl')

// RUN: %check_sysprune -- explain exit_group --policy %t/policy.json | FileCheck %s --check-prefix=BASELINE
// BASELINE: sysprune explain: note: exit_group is needed by the baseline 'runtime'

// RUN: %check_sysprune --expect-exit 1 -- explain ptrace --policy %t/policy.json | FileCheck %s --check-prefix=NOT-ALLOWED
// NOT-ALLOWED: sysprune explain: error: the policy does not allow 'ptrace'
// RUN: %check_sysprune --expect-exit 1 -- explain evenfd2 --policy %t/policy.json | FileCheck %s --check-prefix=TYPO
// TYPO: sysprune explain: error: unknown syscall 'evenfd2'; did you mean 'eventfd2'?
// RUN: %check_sysprune --expect-exit 1 --check-prefix=NEITHER -- explain prctl
// NEITHER: sysprune explain: error: name either a policy (--policy policy.json) or a build to scan (-p build-dir)

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c main.c", "file": "main.c"},
 {"directory": "DIR", "command": "clang -c lib.c", "file": "lib.c"}]

//--- lib.c
#include <sys/eventfd.h>

int make_counter(void) {
  return eventfd(0, EFD_CLOEXEC);
}

//--- main.c
#include <sys/prctl.h>

int make_counter(void);

static int setup(void) { return make_counter(); }
int main(void) {
  setup();
  prctl(PR_SET_NAME, "x", 0, 0, 0);
  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  return 0;
}
