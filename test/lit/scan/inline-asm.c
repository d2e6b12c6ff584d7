// Inline assembly that executes `syscall`: the number from an "a" operand
// or from an immediate moved into eax; a number not known at compile time
// (here raw0's parameter, through the "0" operand tied to "=a") is a
// warning.
// RUN: rm -rf %t && split-file %s %t
// RUN: echo '[{"directory": "%/t", "command": "clang -c main.c", "file": "main.c"}]' > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=DIAG -- scan -p %t -o %t/p.json
// DIAG: main.c:3:3: warning: inline assembly makes a syscall whose number is not a constant; the policy cannot allow it (it will be blocked when it runs) [sysprune-nonconstant-syscall]
// RUN: FileCheck %s --input-file=%t/p.json
// CHECK:      "names": [
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "getpid",
// CHECK-NEXT:   "gettid",
// CHECK-NEXT:   "restart_syscall"
// CHECK-NEXT: ],
// CHECK:      "getpid": {
// CHECK:            "via": "asm"

//--- main.c
static long raw0(long nr) {
  long ret;
  __asm__ volatile("syscall" : "=a"(ret) : "0"(nr) : "rcx", "r11", "memory");
  return ret;
}
static long tid(void) {
  long ret;
  __asm__ volatile("syscall" : "=a"(ret) : "a"(186L) : "rcx", "r11", "memory");
  return ret;
}
static long pid(void) {
  long ret;
  __asm__ volatile("mov $39, %%eax\n\tsyscall" : "=a"(ret) : : "rcx", "r11");
  return ret;
}
int main(int argc, char **argv) {
  (void)argv;
  raw0(argc);
  return (int)(tid() + pid());
}
