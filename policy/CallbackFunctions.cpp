#include "policy/CallbackFunctions.h"

#include <set>

namespace sysprune::policy {

bool takesCallbacks(const std::string &Name) {
  // glibc 2.36's functions that take a function pointer and call it, then
  // or later (threads, handlers, exit-time and fork-time hooks, sorting and
  // searching, walks, custom streams, timers that start threads).
  static const std::set<std::string> Functions = {"pthread_create",
                                                  "thrd_create",
                                                  "pthread_once",
                                                  "call_once",
                                                  "pthread_key_create",
                                                  "pthread_atfork",
                                                  "__register_atfork",
                                                  "__pthread_once",
                                                  "atexit",
                                                  "at_quick_exit",
                                                  "on_exit",
                                                  "__cxa_atexit",
                                                  "__cxa_at_quick_exit",
                                                  "__cxa_thread_atexit_impl",
                                                  "signal",
                                                  "bsd_signal",
                                                  "sysv_signal",
                                                  "sigset",
                                                  "sigaction",
                                                  "__sigaction",
                                                  "qsort",
                                                  "qsort_r",
                                                  "bsearch",
                                                  "lfind",
                                                  "lsearch",
                                                  "tsearch",
                                                  "tfind",
                                                  "tdelete",
                                                  "twalk",
                                                  "twalk_r",
                                                  "tdestroy",
                                                  "ftw",
                                                  "ftw64",
                                                  "nftw",
                                                  "nftw64",
                                                  "scandir",
                                                  "scandir64",
                                                  "scandirat",
                                                  "scandirat64",
                                                  "glob",
                                                  "glob64",
                                                  "dl_iterate_phdr",
                                                  "clone",
                                                  "makecontext",
                                                  "timer_create",
                                                  "fopencookie",
                                                  "obstack_begin",
                                                  "_obstack_begin",
                                                  "_obstack_begin_1",
                                                  "register_printf_function",
                                                  "register_printf_specifier",
                                                  "__libc_start_main"};
  return Functions.count(Name) != 0;
}

} // namespace sysprune::policy
