// Two things libuv's sources do that a scan must follow (found by
// scripts/realworld): htons under optimisation expands to glibc's
// `static __inline` __bswap_16, which no library exports and so no model
// can describe: its body is followed instead, and it makes no syscall. And
// getsockname handed to a pointer of type
// `int (*)(int, struct sockaddr *, socklen_t *)`: with _GNU_SOURCE its own
// type has a transparent union parameter, so the call through the pointer
// must still find it.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=SUMMARY -- scan -p %t -o %t/policy.json
// RUN: FileCheck %s --input-file=%t/policy.json

// SUMMARY: sysprune scan: {{.*}}policy.json: 5 syscalls allowed (3 sites, 3 reachable functions, 1 file)

// CHECK:      "names": [
// CHECK-NEXT:   "exit_group",
// CHECK-NEXT:   "getpeername",
// CHECK-NEXT:   "getsockname",
// CHECK-NEXT:   "restart_syscall"
// CHECK-NEXT: ],
// CHECK:      "names": [
// CHECK-NEXT:   "socket"
// CHECK-NEXT: ],

//--- cdb.json.template
[{"directory": "DIR", "command": "clang -O2 -D_GNU_SOURCE -c DIR/main.c -o DIR/main.o", "file": "DIR/main.c"}]

//--- main.c
#include <arpa/inet.h>
#include <sys/socket.h>

typedef int (*name_function)(int, struct sockaddr *, socklen_t *);

static int name_of(int fd, name_function get, struct sockaddr_in *address) {
  socklen_t length = sizeof(*address);
  return get(fd, (struct sockaddr *)address, &length);
}

int main(int argc, char **argv) {
  (void)argv;
  struct sockaddr_in address;
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (argc > 1)
    name_of(fd, getpeername, &address);
  name_of(fd, getsockname, &address);
  return ntohs(address.sin_port) == htons(80);
}
