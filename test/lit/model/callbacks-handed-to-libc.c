// A library that hands the C library a function to call back (pthread_once's
// initialiser, a thread key's destructor) calls that function: the model follows the
// address the code computed for the call, and only that one. A callback the
// library was itself given (a pointer passed in) may be any function whose
// address the library takes: that call enters @indirect. Before, every call
// to such a C library function was taken to run everything the library
// points to, which gave libselinux's getfilecon 90 syscalls.
// RUN: rm -rf %t && split-file %s %t
// RUN: %clang -O2 -shared -fPIC -o %t/libcb.so %t/cb.c
// RUN: %check_sysprune -- model %t/libcb.so -o %t/model.json
// RUN: FileCheck %s --input-file=%t/model.json
// atexit, linked into the library from libc_nonshared.a, passes its
// argument on to __cxa_atexit: a pointer it was given.
// CHECK:      "cb_forward": {
// CHECK-NEXT:   "syscalls": [],
// CHECK-NEXT:   "calls": [
// CHECK-NEXT:     "__cxa_atexit"
// CHECK-NEXT:   ],
// CHECK-NEXT:   "groups": [
// CHECK-NEXT:     "@indirect"
// CHECK-NEXT:   ]
// CHECK:      "cb_get": {
// CHECK-NEXT:   "syscalls": [
// CHECK-NEXT:     "getppid"
// CHECK-NEXT:   ],
// CHECK-NEXT:   "calls": [
// CHECK-NEXT:     "pthread_once",
// CHECK-NEXT:     "syscall"
// CHECK-NEXT:   ]
// CHECK-NEXT: },
// CHECK:      "cb_register": {
// CHECK-NEXT:   "syscalls": [],
// CHECK-NEXT:   "calls": [
// CHECK-NEXT:     "pthread_key_create",
// CHECK-NEXT:     "sched_yield"
// CHECK-NEXT:   ]
// CHECK-NEXT: },

//--- cb.c
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static pthread_once_t Once = PTHREAD_ONCE_INIT;
static long Parent;

static void initialise(void) { Parent = syscall(SYS_getppid); }
static pthread_key_t Key;
static void destroy(void *Value) {
  (void)Value;
  sched_yield();
}
// Pointed to by the library's data: reached only through a pointer.
static void elsewhere(void) { syscall(SYS_getsid, 0); }
void (*cb_table[])(void) = {elsewhere};

long cb_get(void) {
  pthread_once(&Once, initialise);
  return Parent;
}

int cb_register(void) { return pthread_key_create(&Key, destroy); }

int cb_forward(void (*Handler)(void)) { return atexit(Handler); }
