// Lookups through the name services: the policy says which services the
// system configures for each database the program's lookups use, and a
// warning names each module glibc would load at run time that the policy
// does not cover (here a stand-in module on LD_LIBRARY_PATH; a service with
// no module on the system is only noted). The built-in services, files and
// dns, are in the libc model.
// RUN: rm -rf %t && split-file %s %t && mkdir -p %t/lib
// RUN: touch %t/lib/libnss_sysprunetest.so.2
// RUN: echo '[{"directory": "%/t", "command": "clang -c main.c", "file": "main.c"}]' > %t/compile_commands.json
// RUN: env LD_LIBRARY_PATH=%t/lib %sysprune scan -p %t --nsswitch %t/nsswitch.conf -o %t/p.json 2>&1 | FileCheck %s --check-prefix=DIAG --implicit-check-not="{{warning|error}}:"
// DIAG:      main.c:5:23: warning: 'getpwnam' looks up the 'passwd' database, which the system also serves through 'sysprunetest' (nsswitch.conf); glibc loads {{.*}}lib/libnss_sysprunetest.so.2 for it at run time, and the policy does not cover what it does [sysprune-name-service]
// DIAG:      p.json: {{[0-9]+}} syscalls allowed
// RUN: FileCheck %s --input-file=%t/p.json
// The libc model covers the built-in services: the nscd probe and the
// resolver's queries.
// CHECK:      "connect",
// CHECK:      "sendmmsg",
// CHECK:      "name_services": [
// CHECK-NEXT:   "hosts: files, nosuchservice (no libnss_nosuchservice.so.2 here), dns",
// CHECK-NEXT:   "passwd: files, sysprunetest (libnss_sysprunetest.so.2, not modelled)",
// CHECK-NEXT:   "services: files"
// CHECK-NEXT: ]

// With --strict, the uncovered module is an error, and no policy is written.
// RUN: env LD_LIBRARY_PATH=%t/lib not %sysprune scan -p %t --nsswitch %t/nsswitch.conf --strict -o %t/strict.json 2>&1 | FileCheck %s --check-prefix=STRICT
// STRICT: main.c:5:23: error: 'getpwnam' looks up the 'passwd' database
// RUN: not test -e %t/strict.json

// A configuration named on the command line must be there.
// RUN: not %sysprune scan -p %t --nsswitch %t/missing.conf -o %t/missing.json 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: missing.conf: error: cannot read the name-service configuration given with --nsswitch
// RUN: not test -e %t/missing.json

//--- nsswitch.conf
# comments and actions are skipped
passwd:   files sysprunetest
hosts:    files [NOTFOUND=return] nosuchservice dns
services: files

//--- main.c
#include <netdb.h>
#include <pwd.h>

int main(void) {
  struct passwd *pw = getpwnam("root");
  struct addrinfo *r = 0;
  getaddrinfo("localhost", "80", 0, &r);
  return pw == 0;
}
