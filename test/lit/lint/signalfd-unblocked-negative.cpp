// signalfd-unblocked finds nothing when the signals are blocked first (in
// the same function, or through a set the scanner cannot read), when the
// signalfd set is filled, and for look-alikes of signalfd in a namespace or
// a class.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=CHECK -- check -p %t --checks=-*,signalfd-unblocked | count 0
// CHECK: 0 errors, 0 warnings

// A set the scanner cannot read may block anything: SIGQUIT in unreadable.cpp
// is a finding alone, and none beside a block through a pointer.
// RUN: sed -e "s|DIR|%/t|g" %t/unreadable.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- check -p %t --checks=-*,signalfd-unblocked | FileCheck %s --check-prefix=ALONE --implicit-check-not="{{warning|error}}:"
// ALONE: unreadable.cpp:8:10: warning: signalfd is given SIGQUIT, which the program never blocks
// RUN: sed -e "s|DIR|%/t|g" %t/pointer.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=POINTER -- check -p %t --checks=-*,signalfd-unblocked
// POINTER: 0 errors, 0 warnings

//--- cdb.json.template
[{"directory": "DIR", "command": "clang++ -c main.cpp", "file": "main.cpp"}]

//--- unreadable.json.template
[{"directory": "DIR", "command": "clang++ -c unreadable.cpp", "file": "unreadable.cpp"}]

//--- pointer.json.template
[{"directory": "DIR", "command": "clang++ -c unreadable.cpp", "file": "unreadable.cpp"},
 {"directory": "DIR", "command": "clang++ -c pointer.cpp", "file": "pointer.cpp"}]

//--- unreadable.cpp
#include <signal.h>
#include <sys/signalfd.h>

int quits() {
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGQUIT);
  return signalfd(-1, &mask, SFD_CLOEXEC);
}

//--- pointer.cpp
#include <signal.h>

void block_given(const sigset_t *set) { pthread_sigmask(SIG_BLOCK, set, nullptr); }

//--- main.cpp
#include <signal.h>
#include <sys/signalfd.h>

namespace io {
int signalfd(int, const sigset_t *, int) { return 3; }
} // namespace io

struct Signals {
  int signalfd(int, const sigset_t *, int) { return 4; }
};

int blocked_here() {
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGINT);
  sigprocmask(SIG_BLOCK, &mask, nullptr);
  return signalfd(-1, &mask, SFD_CLOEXEC);
}

int filled() {
  sigset_t all;
  sigfillset(&all);
  return signalfd(-1, &all, SFD_CLOEXEC);
}

int lookalikes() {
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGWINCH);
  Signals s;
  return io::signalfd(-1, &mask, 0) + s.signalfd(-1, &mask, 0);
}
