// seccomp-stacked ignores look-alikes of prctl and seccomp_load in a
// namespace or a class, and calls in a system header, even with --hardened.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=CHECK -- check -p %t --hardened --checks=-*,seccomp-stacked | count 0
// CHECK: 0 errors, 0 warnings

//--- cdb.json.template
[{"directory": "DIR", "command": "clang++ -isystem DIR/sys -c main.cpp", "file": "main.cpp"}]

//--- sys/sandbox.h
#include <linux/seccomp.h>
#include <sys/prctl.h>
inline int system_sandbox() { return prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT); }

//--- main.cpp
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sandbox.h>

namespace jail {
int prctl(int, unsigned long) { return 0; }
int seccomp_load(void *) { return 0; }
} // namespace jail

struct Filter {
  int seccomp_load() { return 0; }
};

int harden() {
  Filter f;
  return jail::prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER) + jail::seccomp_load(nullptr) +
         f.seccomp_load() + prctl(PR_SET_NAME, "x") + system_sandbox();
}
