// Lookups through the name services: the policy says which services the
// system configures for each database the program's lookups use, and
// includes what each module glibc would load at run time for them can do,
// modelled from its machine code (here a stand-in module on
// LD_LIBRARY_PATH, whose getpwnam makes getppid). A module that cannot be
// modelled is a warning; a service with no module on the system is only
// noted. The built-in services, files and dns, are in the libc model.
// RUN: rm -rf %t && split-file %s %t && mkdir -p %t/lib
// RUN: %clang -shared -fPIC -o %t/lib/libnss_sysprunetest.so.2 %t/module.c
// RUN: touch %t/lib/libnss_brokentest.so.2
// RUN: echo '[{"directory": "%/t", "command": "clang -c main.c", "file": "main.c"}]' > %t/compile_commands.json
// RUN: env LD_LIBRARY_PATH=%t/lib %check_sysprune --check-prefix=DIAG -- scan -p %t --nsswitch %t/nsswitch.conf -o %t/p.json
// DIAG-DAG:  main.c:6:23: note: 'getpwnam' looks up the 'passwd' database, which the system also serves through 'sysprunetest' (nsswitch.conf); the policy includes what {{.*}}lib/libnss_sysprunetest.so.2, which glibc loads for it, can do [sysprune-name-service]
// DIAG-DAG:  main.c:7:21: warning: 'getgrnam' looks up the 'group' database, which the system also serves through 'brokentest' (nsswitch.conf); glibc loads {{.*}}lib/libnss_brokentest.so.2 for it at run time, and the policy does not cover what it does [sysprune-name-service]
// DIAG:      p.json: {{[0-9]+}} syscalls allowed
// RUN: FileCheck %s --input-file=%t/p.json
// The libc model covers the built-in services: the nscd probe and the
// resolver's queries.
// CHECK:      "connect",
// CHECK:      "getppid",
// CHECK:      "sendmmsg",
// CHECK:      "name_services": [
// CHECK-NEXT:   "group: files, brokentest (libnss_brokentest.so.2, not modelled)",
// CHECK-NEXT:   "hosts: files, nosuchservice (no libnss_nosuchservice.so.2 here), dns",
// CHECK-NEXT:   "passwd: files, sysprunetest (libnss_sysprunetest.so.2, modelled from its machine code)",
// CHECK-NEXT:   "services: files"
// CHECK-NEXT: ]

// With --strict, the uncovered module is an error, and no policy is written.
// RUN: env LD_LIBRARY_PATH=%t/lib %check_sysprune --expect-exit 1 --check-prefix=STRICT -- scan -p %t --nsswitch %t/nsswitch.conf --strict -o %t/strict.json
// STRICT: main.c:7:21: error: 'getgrnam' looks up the 'group' database
// RUN: not test -e %t/strict.json

// A configuration named on the command line must be there.
// RUN: %check_sysprune --expect-exit 1 --check-prefix=MISSING -- scan -p %t --nsswitch %t/missing.conf -o %t/missing.json
// MISSING: missing.conf: error: cannot read the name-service configuration given with --nsswitch
// RUN: not test -e %t/missing.json

//--- nsswitch.conf
# comments and actions are skipped
passwd:   files sysprunetest
group:    files brokentest
hosts:    files [NOTFOUND=return] nosuchservice dns
services: files

//--- main.c
#include <grp.h>
#include <netdb.h>
#include <pwd.h>

int main(void) {
  struct passwd *pw = getpwnam("root");
  struct group *g = getgrnam("root");
  struct addrinfo *r = 0;
  getaddrinfo("localhost", "80", 0, &r);
  return pw == 0 || g == 0;
}

//--- module.c
#include <nss.h>
#include <pwd.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <unistd.h>

enum nss_status _nss_sysprunetest_getpwnam_r(const char *name,
                                             struct passwd *pw, char *buffer,
                                             size_t length, int *error) {
  (void)name, (void)pw, (void)buffer, (void)length, (void)error;
  syscall(SYS_getppid);
  return NSS_STATUS_NOTFOUND;
}
