#include "policy/library/CallbackFunctions.h"

#include <map>
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

std::optional<std::vector<unsigned>>
callbackArguments(const std::string &Name) {
  if (!takesCallbacks(Name))
    return std::nullopt;
  // From glibc 2.36's prototypes; what is not here takes them in memory.
  static const std::map<std::string, std::vector<unsigned>> Arguments = {
      {"pthread_create", {2}},
      {"thrd_create", {1}},
      {"pthread_once", {1}},
      {"__pthread_once", {1}},
      {"call_once", {1}},
      {"pthread_key_create", {1}},
      {"pthread_atfork", {0, 1, 2}},
      {"__register_atfork", {0, 1, 2}},
      {"atexit", {0}},
      {"at_quick_exit", {0}},
      {"on_exit", {0}},
      {"__cxa_atexit", {0}},
      {"__cxa_at_quick_exit", {0}},
      {"__cxa_thread_atexit_impl", {0}},
      {"signal", {1}},
      {"bsd_signal", {1}},
      {"sysv_signal", {1}},
      {"sigset", {1}},
      {"qsort", {3}},
      {"qsort_r", {3}},
      {"bsearch", {4}},
      {"lfind", {4}},
      {"lsearch", {4}},
      {"tsearch", {2}},
      {"tfind", {2}},
      {"tdelete", {2}},
      {"twalk", {1}},
      {"twalk_r", {1}},
      {"tdestroy", {1}},
      {"ftw", {1}},
      {"ftw64", {1}},
      {"nftw", {1}},
      {"nftw64", {1}},
      {"scandir", {2, 3}},
      {"scandir64", {2, 3}},
      {"scandirat", {3, 4}},
      {"scandirat64", {3, 4}},
      {"glob", {2}},
      {"glob64", {2}},
      {"dl_iterate_phdr", {0}},
      {"clone", {0}},
      {"makecontext", {1}},
      {"_obstack_begin", {3, 4}},
      {"_obstack_begin_1", {3, 4}},
      {"register_printf_function", {1, 2}},
      {"register_printf_specifier", {1, 2}},
      {"__libc_start_main", {0, 3, 4}}};
  auto It = Arguments.find(Name);
  return It == Arguments.end() ? std::vector<unsigned>{} : It->second;
}

} // namespace sysprune::policy
