// A program read from its machine code alone (no sources, no compilation
// database): what main does, what the C library calls back (an atexit
// handler, a qsort comparator) and what a table of pointers in its data
// leads to are all in its policy, built as a position-independent program
// (addresses taken with lea, tables relocated) and at fixed addresses
// (addresses as plain numbers, in code and data). Each runs under its
// policy with the filter set to kill.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang -O2 -o %t/pie %s
// RUN: %clang -O2 -fno-pie -no-pie -o %t/fixed %s
// RUN: %check_sysprune --check-prefix=SCAN -- scan --binary %t/pie -o %t/pie.json
// SCAN: pie.json: {{[0-9]+}} syscalls allowed ({{.*}}machine code of {{.*}}/pie)
// RUN: %check_sysprune --check-prefix=SCAN-FIXED -- scan --binary %t/fixed -o %t/fixed.json
// SCAN-FIXED: fixed.json: {{[0-9]+}} syscalls allowed ({{.*}}machine code of {{.*}}/fixed)
// RUN: FileCheck %s --check-prefix=POLICY --input-file=%t/pie.json
// RUN: FileCheck %s --check-prefix=POLICY --input-file=%t/fixed.json
// The whole run, from execve: the loader's baseline is in the policy.
// POLICY:     "names": [
// POLICY-DAG:   "execve",
// POLICY-DAG:   "getpgid",
// POLICY-DAG:   "getppid",
// POLICY-DAG:   "getsid",
// POLICY-DAG:   "sched_yield",
// POLICY:     "entries": [
// POLICY-NEXT:  "{{.*}}"
// POLICY:     "getppid": {
// POLICY-NEXT:  "sites": [
// POLICY:         "via": "getppid"
// RUN: %check_sysprune -- exec --policy %t/pie.json --action kill -- %t/pie | FileCheck %s --check-prefix=RAN
// RUN: %check_sysprune -- exec --policy %t/fixed.json --action kill -- %t/fixed | FileCheck %s --check-prefix=RAN
// RUN: %check_sysprune -- exec --policy %t/fixed.json --action kill -- %t/fixed two | FileCheck %s --check-prefix=RAN
// RAN-DAG: parent 1
// RAN-DAG: session 1

#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static void at_exit(void) { syscall(SYS_getpgid, 0); }

// Both calls only have to return: in a container whose session leader or
// parent lives outside its PID namespace, getsid and getppid answer 0.
static void report_parent(void) { printf("parent %d\n", getppid() >= 0); }
static void report_session(void) { printf("session %d\n", getsid(0) != -1); }
static void (*const Reports[])(void) = {report_parent, report_session};

static int compare(const void *A, const void *B) {
  sched_yield();
  return *(const int *)A - *(const int *)B;
}

int main(int argc, char **argv) {
  (void)argv;
  atexit(at_exit);
  for (int I = 0; I < 2; ++I)
    Reports[(I + argc) % 2]();
  int Numbers[] = {3, argc, 1};
  qsort(Numbers, 3, sizeof Numbers[0], compare);
  return Numbers[0] > 3;
}
