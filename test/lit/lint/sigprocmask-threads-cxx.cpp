// sigprocmask-threads: a std::thread started in another file counts as a
// thread; a std::thread that is only moved, a namespaced sigprocmask and a
// member named sigprocmask do not count.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune -- check -p %t --checks=-*,sigprocmask-threads | FileCheck %s --implicit-check-not="{{warning|error}}:"
// CHECK: a.cpp:15:3: warning: sigprocmask in a program that creates threads: {{.*}} [sigprocmask-threads]
// CHECK: threads.cpp:4:15: note: the program creates a thread here [sigprocmask-threads]
// CHECK: a.cpp:15:3: note: fix-it: replace up to column 14 with 'pthread_sigmask'
// RUN: sed -e "s|DIR|%/t|g" %t/moved.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=NOTHREADS -- check -p %t --checks=-*,sigprocmask-threads
// NOTHREADS: 0 errors, 0 warnings

//--- cdb.json.template
[{"directory": "DIR", "command": "clang++ -std=c++17 -c a.cpp", "file": "a.cpp"},
 {"directory": "DIR", "command": "clang++ -std=c++17 -c threads.cpp", "file": "threads.cpp"}]

//--- moved.json.template
[{"directory": "DIR", "command": "clang++ -std=c++17 -c a.cpp", "file": "a.cpp"},
 {"directory": "DIR", "command": "clang++ -std=c++17 -c moved.cpp", "file": "moved.cpp"}]

//--- a.cpp
#include <signal.h>

namespace posix {
int sigprocmask(int, const sigset_t *, sigset_t *) { return 0; }
} // namespace posix

struct Masks {
  int sigprocmask(int, const sigset_t *, sigset_t *) { return 0; }
};

void block(const sigset_t *set) {
  Masks masks;
  posix::sigprocmask(SIG_BLOCK, set, nullptr);
  masks.sigprocmask(SIG_BLOCK, set, nullptr);
  sigprocmask(SIG_BLOCK, set, nullptr);
}

//--- threads.cpp
#include <thread>

void start() {
  std::thread worker([] {});
  worker.join();
}

//--- moved.cpp
#include <thread>
#include <utility>

std::thread keep(std::thread &&t) {
  std::thread kept(std::move(t));
  return kept;
}
