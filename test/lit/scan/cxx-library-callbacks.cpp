// Program code that only the compiled C++ library calls: the virtual
// methods of an object the program constructs that override a method a
// library class declares (std::thread's state runs the thread's function
// through _M_run; a stream calls its buffer's overflow; std::terminate asks
// an exception for what()). And code reached only from a local variable's
// initialiser inside library templates (std::make_shared constructs the
// object in one). And captureless lambdas converted to function pointers
// for the C library (qsort's comparator, an atexit handler).
// RUN: rm -rf %t && split-file %s %t
// RUN: echo '[{"directory": "%/t", "command": "clang++ -std=c++20 -c main.cpp", "file": "main.cpp"}]' > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=DIAG -- scan --libc debian-12 -p %t -o %t/p.json
// DIAG: syscalls allowed
// RUN: FileCheck %s --input-file=%t/p.json --implicit-check-not='"ptrace"' --implicit-check-not='"getcpu"' --implicit-check-not='"acct"'
// CHECK-DAG: "clock_nanosleep",
// CHECK-DAG: "getppid",
// CHECK-DAG: "getpid",
// CHECK-DAG: "getuid",
// CHECK-DAG: "getegid",
// CHECK-DAG: "geteuid",
// CHECK:      "getegid": {
// CHECK:            "function": "main()::(anonymous class)::operator()",
// CHECK:      "geteuid": {
// CHECK:            "function": "main()::(anonymous class)::operator()",
// CHECK:      "getpid": {
// CHECK:            "function": "Failure::what",
// CHECK:      "getppid": {
// CHECK:            "function": "CountingBuffer::overflow",
// CHECK:      "getuid": {
// CHECK:            "function": "Resource::Resource",

// The chain runs from main into the std::thread constructor, which
// constructs the state whose _M_run the C++ library calls.
// RUN: %check_sysprune -- explain --libc debian-12 clock_nanosleep --policy %t/p.json --root %t | FileCheck %s --check-prefix=CHAIN
// CHAIN: note: clock_nanosleep is made here, in function 'std::this_thread::sleep_for'
// CHAIN: note: called from function 'main()::(anonymous class)::operator()'
// CHAIN: note: called from function 'std::thread::_State_impl<{{.*}}>::_M_run'
// CHAIN: note: called by library code through the vtable of an object constructed here, in function 'std::thread::thread'
// CHAIN: note: called from function 'main'

//--- main.cpp
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>
#include <ostream>
#include <streambuf>
#include <thread>
#include <sys/syscall.h>
#include <unistd.h>

// Only the stream calls overflow, from the compiled library.
class CountingBuffer : public std::streambuf {
protected:
  int_type overflow(int_type c) override {
    syscall(SYS_getppid);
    return c;
  }
};

// Never constructed: its overrides never run.
class UnusedBuffer : public std::streambuf {
protected:
  int_type overflow(int_type c) override {
    syscall(SYS_ptrace, 0, 0, 0, 0);
    return c;
  }
};

class Failure : public std::exception {
public:
  const char *what() const noexcept override {
    syscall(SYS_getpid);
    return "failure";
  }
};

// A virtual method of the program's own that overrides nothing of a
// library's: only the program's own virtual calls could run it, and there
// are none.
class Shape {
public:
  virtual ~Shape() = default;
  virtual void debugDump() const { syscall(SYS_getcpu, 0, 0, 0); }
};

struct Resource {
  Resource() { syscall(SYS_getuid); }
  // Nothing calls it: a negative check that construction alone does not
  // make a non-virtual member reachable.
  void unused() { syscall(SYS_acct, 0); }
};

int main() {
  std::thread t([] {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::puts("ran");
  });
  t.join();
  CountingBuffer buffer;
  std::ostream out(&buffer);
  out << "x" << std::flush;
  Shape shape;
  auto resource = std::make_shared<Resource>();
  int order[3] = {3, 1, 2};
  std::qsort(order, 3, sizeof(int), [](const void *a, const void *b) {
    syscall(SYS_getegid);
    return *static_cast<const int *>(a) - *static_cast<const int *>(b);
  });
  std::atexit([] { syscall(SYS_geteuid); });
  try {
    throw Failure();
  } catch (const std::exception &) {
  }
  return 0;
}
