/* Load a shared library at run time with dlopen("libm.so.6"), resolve functions
 * with dlsym into typed function pointers, handle dlerror, and dlclose, as
 * plugin loaders do. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dlfcn.h>
#include <math.h>

typedef double (*unary_fn)(double);

struct plugin_fn {
  const char *name;
  unary_fn fn;
};

int main(void) {
  void *h = dlopen("libm.so.6", RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    fprintf(stderr, "dlopen: %s\n", dlerror());
    return 1;
  }
  struct plugin_fn fns[] = {{"cos", NULL}, {"sqrt", NULL}, {"cbrt", NULL}};
  for (int i = 0; i < 3; i++) {
    dlerror(); /* clear any old error */
    void *sym = dlsym(h, fns[i].name);
    const char *e = dlerror();
    if (e) {
      fprintf(stderr, "dlsym(%s): %s\n", fns[i].name, e);
      return 1;
    }
    memcpy(&fns[i].fn, &sym,
           sizeof sym); /* object-to-function pointer conversion */
  }
  double c = fns[0].fn(0.0), s = fns[1].fn(2.0), r = fns[2].fn(27.0);
  printf("cos(0)=%.3f sqrt(2)=%.6f cbrt(27)=%.3f\n", c, s, r);

  dlerror();
  void *missing = dlsym(h, "no_such_function_xyz");
  const char *err = dlerror();
  printf("missing symbol: %s\n", err ? "reported by dlerror" : "not reported?");

  Dl_info info;
  int have_info = dladdr(fns[0].fn, &info) != 0;
  printf("cos lives in %s\n",
         have_info && info.dli_fname ? info.dli_fname : "?");
  void *again =
      dlopen("libm.so.6",
             RTLD_NOLOAD | RTLD_NOW); /* already loaded: reference count +1 */
  if (again)
    dlclose(again);
  if (dlclose(h) != 0) {
    fprintf(stderr, "dlclose: %s\n", dlerror());
    return 1;
  }
  void *bad = dlopen("libdoes-not-exist.so.9", RTLD_NOW);
  printf("loading a missing library fails: %d\n", bad == NULL);
  return (c == 1.0 && fabs(s - M_SQRT2) < 1e-12 && fabs(r - 3.0) < 1e-12 &&
          !missing && err && have_info && !bad)
             ? 0
             : 1;
}
