// C++: only template instantiations the program uses count (not an unused
// explicit specialisation, nor a template never instantiated); a
// destructor runs where its object is constructed, and only then; a
// function handed to std::jthread is a thread entry point. Library header
// code reached on the way (std::jthread's std::stop_token) gives no
// warning the program's authors could not act on.
// RUN: rm -rf %t && split-file %s %t
// RUN: echo '[{"directory": "%/t", "command": "clang++ -std=c++20 -c main.cpp", "file": "main.cpp"}]' > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=DIAG -- scan --libc debian-12 -p %t -o %t/p.json
// DIAG: p.json: {{[0-9]+}} syscalls allowed
// RUN: FileCheck %s --input-file=%t/p.json --implicit-check-not='"reboot"' --implicit-check-not='"ptrace"' --implicit-check-not='"acct"'
// CHECK-DAG: "clone3",
// CHECK-DAG: "getpgrp",
// CHECK-DAG: "getppid",
// CHECK-DAG: "getsid",
// CHECK-DAG: "sched_yield",

// Provenance names the instantiation, the destructor and the thread entry,
// and paths into the C++ library's headers are real files.
// CHECK:      "getpgrp": {
// CHECK:        "function": "worker",
// CHECK:      "getppid": {
// CHECK:        "function": "query",
// CHECK:      "sched_yield": {
// CHECK:        "file": "/usr/include/{{.*}}c++/{{[0-9]+}}/bits/gthr-default.h",
// CHECK:        "function": "Guard::~Guard",

//--- main.cpp
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

template <typename T> long query(T) { return syscall(SYS_getppid); }
template <> long query<char>(char) { return syscall(SYS_reboot, 0, 0, 0, 0); }
template <typename T> long neverInstantiated(T) {
  return syscall(SYS_ptrace, 0, 0, 0, 0);
}

struct Guard {
  ~Guard() { syscall(SYS_sched_yield); }
};

struct Never {
  ~Never() { syscall(SYS_acct, 0); }
};

static void worker() { syscall(SYS_getpgrp); }

// `delete` of a dependent type that is not a pointer (GoogleMock has such
// templates; the scan crashed on them): nothing is known to be destroyed
// in the template, and the instantiation's destructor runs.
struct Owned {
  ~Owned() { syscall(SYS_getsid, 0); }
};
template <typename Pointer> void release(Pointer P) { delete P; }

int main() {
  Guard G;
  query(1);
  release(new Owned);
  std::jthread T(worker);
  return 0;
}
