// C++ thread entry points: a function handed to std::thread or std::async,
// a lambda (its body counts for the function that defines it), and a member
// function through a pointer to member.
// RUN: rm -rf %t && split-file %s %t
// RUN: echo '[{"directory": "%/t", "command": "clang++ -std=c++20 -c main.cpp", "file": "main.cpp"}]' > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=DIAG -- scan -p %t -o %t/p.json
// DIAG: syscalls allowed
// RUN: FileCheck %s --input-file=%t/p.json --implicit-check-not='"ptrace"'
// CHECK-DAG: "clone3",
// CHECK-DAG: "getppid",
// CHECK-DAG: "gettid",
// CHECK-DAG: "sched_yield",
// CHECK-DAG: "getpid",
// CHECK:      "getpid": {
// CHECK:            "function": "Worker::run",
// CHECK:      "getppid": {
// CHECK:            "function": "in_thread",
// CHECK:      "gettid": {
// CHECK:            "function": "main",
// CHECK:      "sched_yield": {
// CHECK:            "function": "in_async",

//--- main.cpp
#include <future>
#include <thread>
#include <sys/syscall.h>
#include <unistd.h>

static void in_thread() { syscall(SYS_getppid); }
static long in_async() { return syscall(SYS_sched_yield); }
static void never_started() { syscall(SYS_ptrace, 0, 0, 0, 0); }

struct Worker {
  void run() { syscall(SYS_getpid); }
};

int main() {
  Worker w;
  std::thread a(in_thread);
  std::thread b([] { syscall(SYS_gettid); });
  std::thread c(&Worker::run, &w);
  auto f = std::async(std::launch::async, in_async);
  a.join();
  b.join();
  c.join();
  return static_cast<int>(f.get());
}
