// Flag sets allow any combination of the bits seen (a masked compare);
// socket is restricted by domain and exact type together; a library function that
// makes fcntl with its own commands leaves fcntl unrestricted.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=DIAG --implicit-check-not=note: -- scan --libc debian-12 -p %t -o %t/policy.json
// RUN: FileCheck %s --input-file=%t/policy.json

// DIAG: syscalls allowed

// unshare(CLONE_NEWNS) and unshare(CLONE_NEWUTS | CLONE_NEWIPC): any of the
// three bits, nothing else. 0x20000 | 0x4000000 | 0x8000000 = 0xC020000;
// the mask is its complement in the low 32 bits: 0xF3FDFFFF = 4093509631.
// CHECK:      "unshare"
// CHECK-NEXT: ],
// CHECK-NEXT: "action": "SCMP_ACT_ALLOW",
// CHECK-NEXT: "args": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "index": 0,
// CHECK-NEXT:     "value": 4093509631,
// CHECK-NEXT:     "valueTwo": 0,
// CHECK-NEXT:     "op": "SCMP_CMP_MASKED_EQ"

// RUN: FileCheck %s --check-prefix=SOCKET --input-file=%t/policy.json
// Two domains, so two rules, each with the exact type passed
// (SOCK_STREAM | SOCK_CLOEXEC = 0x80001 = 524289).
// SOCKET:      "socket"
// SOCKET-NEXT: ],
// SOCKET-NEXT: "action": "SCMP_ACT_ALLOW",
// SOCKET-NEXT: "args": [
// SOCKET-NEXT:   {
// SOCKET-NEXT:     "index": 0,
// SOCKET-NEXT:     "value": 1,
// SOCKET-NEXT:     "valueTwo": 0,
// SOCKET-NEXT:     "op": "SCMP_CMP_EQ"
// SOCKET-NEXT:   },
// SOCKET-NEXT:   {
// SOCKET-NEXT:     "index": 1,
// SOCKET-NEXT:     "value": 524289,
// SOCKET-NEXT:     "valueTwo": 0,
// SOCKET-NEXT:     "op": "SCMP_CMP_EQ"
// SOCKET:      "socket"
// SOCKET-NEXT: ],
// SOCKET-NEXT: "action": "SCMP_ACT_ALLOW",
// SOCKET-NEXT: "args": [
// SOCKET-NEXT:   {
// SOCKET-NEXT:     "index": 0,
// SOCKET-NEXT:     "value": 2,

// RUN: FileCheck %s --check-prefix=FCNTL --input-file=%t/policy.json
// FCNTL: "fcntl": {
// FCNTL: "unrestricted": "'fdopen' at main.c:15:3 makes it with arguments of its own"

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -c main.c", "file": "main.c"}]

//--- main.c
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <sys/socket.h>

int main(void) {
  unshare(CLONE_NEWNS);
  unshare(CLONE_NEWUTS | CLONE_NEWIPC);
  int local = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  socket(AF_INET, SOCK_DGRAM, 0);
  fcntl(local, F_SETFD, FD_CLOEXEC);
  /* stdio checks the descriptor's flags with fcntl(F_GETFL) itself. */
  FILE *f = 0;
  fdopen(local, "r");
  return f != 0;
}
