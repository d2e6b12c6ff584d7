// Installs the filter that `sysprune compile` embedded in the program, before
// main continues. Linked as an object (never dropped by the linker) into every
// target hardened with sysprune_harden().
//
// When it runs: from the executable's .preinit_array, that is after the
// dynamic loader has relocated everything and run the constructors of the
// shared libraries, and before any constructor of the executable itself and
// before main. So the program's own static initialisers already run under the
// filter (the scanner treats them as entry points).
//
// There is deliberately no way to skip or weaken this at run time: no
// environment variable, file or argument is consulted. Only the build can
// choose to run unprotected when the kernel refuses the filter
// (sysprune_continue_unprotected).

#include "sysprune/embedded_filter.h"
#include "sysprune/runtime.h"

#include <cstring>

#include <unistd.h>

// glibc's own name for its release; weak, so that a program linked against
// another C library gets null (and its glibc policy does not hold).
extern "C" const char *gnu_get_libc_version(void) __attribute__((weak));

namespace {

void writeError(const char *Reason, bool Continuing) {
  const char Prefix[] = "sysprune: cannot install the seccomp filter (";
  const char Refusing[] = "); refusing to run unprotected\n";
  const char Running[] = "); running unprotected, as built to\n";
  const char *Suffix = Continuing ? Running : Refusing;
  size_t SuffixLength = Continuing ? sizeof(Running) - 1 : sizeof(Refusing) - 1;
  auto Put = [](const char *S, size_t N) {
    if (write(STDERR_FILENO, S, N) < 0)
      return;
  };
  Put(Prefix, sizeof(Prefix) - 1);
  size_t N = 0;
  while (Reason[N])
    ++N;
  Put(Reason, N);
  Put(Suffix, SuffixLength);
}

void put(const char *S) {
  size_t N = 0;
  while (S[N])
    ++N;
  if (write(STDERR_FILENO, S, N) < 0)
    return;
}

/// Whether \p Release is one of \p Releases (separated by spaces: a
/// portable policy is derived for several).
bool isOneOf(const char *Release, const char *Releases) {
  size_t Length = std::strlen(Release);
  for (const char *At = Releases; *At;) {
    size_t Word = std::strcspn(At, " ");
    if (Word == Length && std::strncmp(At, Release, Length) == 0)
      return true;
    At += Word;
    At += std::strspn(At, " ");
  }
  return false;
}

/// Whether the program runs with a C library release its policy was
/// derived for (or the policy does not say); when not, says so in one line.
bool runsWithPolicysLibc() {
  if (!sysprune_libc_release[0])
    return true;
  const char *Running = gnu_get_libc_version ? gnu_get_libc_version() : nullptr;
  if (Running && isOneOf(Running, sysprune_libc_release))
    return true;
  put("sysprune: this program's seccomp policy was derived for ");
  put(sysprune_libc_description);
  put(", but it runs with ");
  put(Running ? "glibc " : "another C library");
  put(Running ? Running : "");
  put(sysprune_continue_unprotected
          ? "; running unprotected, as built to\n"
          : "; scan and build it where it runs, or for several releases "
            "(LIBC portable; see sysprune's docs/libc.md); refusing to run\n");
  return false;
}

void installEmbeddedFilter(int, char **, char **) {
  if (!runsWithPolicysLibc()) {
    if (!sysprune_continue_unprotected)
      _exit(sysprune::LibcMismatchExitStatus);
    return;
  }
  if (sysprune_filter_action == SYSPRUNE_ACTION_TRAP) {
    sysprune::TrapReportInfo Info;
    Info.PolicyPath = sysprune_policy_path;
    Info.SyscallNames = sysprune_syscall_names;
    Info.SyscallNameCount = sysprune_syscall_names_count;
    if (!sysprune::installTrapReporter(Info)) {
      writeError("the SIGSYS reporter could not be installed",
                 sysprune_continue_unprotected);
      if (!sysprune_continue_unprotected)
        _exit(sysprune::FailClosedExitStatus);
      return;
    }
  }
  sysprune::InstallResult Result;
  if (sysprune_filter_action == SYSPRUNE_ACTION_COMPLAIN) {
    sysprune::ComplainReportInfo Info;
    Info.ReportPath = sysprune_report_path;
    Info.PolicyPath = sysprune_policy_path;
    Info.SyscallNames = sysprune_syscall_names;
    Info.SyscallNameCount = sysprune_syscall_names_count;
    Result = sysprune::installComplaining(
        {sysprune_filter_code, sysprune_filter_length}, Info);
  } else {
    Result = sysprune::install({sysprune_filter_code, sysprune_filter_length});
  }
  if (!Result) {
    writeError(sysprune::describe(Result.Status),
               sysprune_continue_unprotected);
    if (!sysprune_continue_unprotected)
      _exit(sysprune::FailClosedExitStatus);
  }
}

} // namespace

// .preinit_array entries run before every constructor of the executable.
__attribute__((section(".preinit_array"), used)) static void (
        *const SyspruneInstall)(int, char **, char **) = installEmbeddedFilter;
