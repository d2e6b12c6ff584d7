// A call through a pointer read out of another library's data object
// (glibc's libc reading the vDSO's clock and ld.so's functions out of
// _rtld_global_ro) leads into that library, which the symbol's version
// names: libuser's call through owner_hooks.fn is a call into libowner's
// @indirect (what owner_fn, whose address libowner keeps, does), not into
// libuser's own pointers (user_secret's reboot). Pointer demangling on the
// way keeps the pointer's owner.
// RUN: rm -rf %t && split-file %s %t
// RUN: %clang -O2 -shared -fPIC -Wl,--version-script=%t/owner.map -o %t/libowner.so %t/owner.c
// RUN: %clang -O2 -shared -fPIC -o %t/libuser.so %t/user.c -L%t -lowner
// RUN: %check_sysprune -- model %t/libuser.so -o %t/user.json
// RUN: FileCheck %s --input-file=%t/user.json --check-prefix=MODEL
// MODEL:      "user_call": {
// MODEL-NEXT:  "syscalls": [],
// MODEL-NEXT:  "calls": [
// MODEL-NEXT:   "@indirect@libowner.so"
// MODEL-NEXT:  ]
// MODEL-NEXT: },
// RUN: echo '[{"directory": "%/t", "command": "clang -c main.c", "file": "main.c"}]' > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=SCAN -- scan --libc debian-12 -p %t --lib %t/libuser.so --lib %t/libowner.so -o %t/p.json
// SCAN: p.json: {{[0-9]+}} syscalls allowed
// RUN: FileCheck %s --input-file=%t/p.json --implicit-check-not=reboot
// (libowner's @indirect also has its destructors' __cxa_finalize.)
// CHECK:      "names": [
// CHECK:        "getuid",
// CHECK:      ],

//--- owner.map
OWNER_1 { global: owner_hooks; local: *; };

//--- owner.c
#include <sys/syscall.h>
#include <unistd.h>
static long owner_fn(void) { return syscall(SYS_getuid); }
struct hooks { long (*fn)(void); } owner_hooks = {owner_fn};

//--- user.c
#include <sys/syscall.h>
#include <unistd.h>
struct hooks { long (*fn)(void); };
extern struct hooks owner_hooks;
static long user_secret(void) { return syscall(SYS_reboot, 0, 0, 0, 0); }
long (*volatile user_table[])(void) = {user_secret};
long user_call(void) { return owner_hooks.fn(); }

//--- main.c
long user_call(void);
int main(void) { return (int)user_call(); }
