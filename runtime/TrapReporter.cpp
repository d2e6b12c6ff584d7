// The SIGSYS handler behind the `trap` action: one line a developer can act
// on, then death by SIGSYS, so that the exit status still says what happened.

#include "SignalSafeWriter.h"
#include "sysprune/runtime.h"

#include <dlfcn.h>
#include <signal.h>
#include <ucontext.h>
#include <unistd.h>

#include <cstdint>

namespace sysprune {

namespace {
TrapReportInfo Report;

void syscallArguments(const void *Context, uint64_t (&Args)[6]) {
  const auto *UC = static_cast<const ucontext_t *>(Context);
#if defined(__x86_64__)
  const greg_t *R = UC->uc_mcontext.gregs;
  const int Regs[6] = {REG_RDI, REG_RSI, REG_RDX, REG_R10, REG_R8, REG_R9};
  for (int I = 0; I < 6; ++I)
    Args[I] = static_cast<uint64_t>(R[Regs[I]]);
#elif defined(__aarch64__)
  for (int I = 0; I < 6; ++I)
    Args[I] = UC->uc_mcontext.regs[I];
#else
  (void)UC;
  for (uint64_t &A : Args)
    A = 0;
#endif
}

void onSigsys(int, siginfo_t *Info, void *Context) {
  runtime::SignalSafeWriter Out;
  int Nr = Info->si_syscall;
  Out.text("sysprune: blocked ");
  uint64_t Args[6];
  syscallArguments(Context, Args);
  Out.syscall(Nr, Args, Report.SyscallNames, Report.SyscallNameCount);
  Out.text(" at ");
  Out.hex(reinterpret_cast<uintptr_t>(Info->si_call_addr));
  // dladdr is not on the async-signal-safe list; the process is about to
  // die anyway, and the symbol is what makes the report actionable.
  Dl_info Symbol{};
  Out.text(" in ");
  if (dladdr(Info->si_call_addr, &Symbol) && Symbol.dli_sname)
    Out.text(Symbol.dli_sname);
  else
    Out.text("?");
  Out.text(" (policy: ");
  Out.text(Report.PolicyPath);
  Out.text(")");
  Out.flush(STDERR_FILENO);
  // SA_RESETHAND restored SIG_DFL; making the blocked call again traps once
  // more and the kernel kills the process with SIGSYS.
  syscall(Nr, Args[0], Args[1], Args[2], Args[3], Args[4], Args[5]);
  _exit(128 + SIGSYS);
}
} // namespace

bool installTrapReporter(const TrapReportInfo &Info) noexcept {
  Report = Info;
  struct sigaction Action {};
  Action.sa_sigaction = onSigsys;
  Action.sa_flags = SA_SIGINFO | SA_RESETHAND;
  sigemptyset(&Action.sa_mask);
  return sigaction(SIGSYS, &Action, nullptr) == 0;
}

} // namespace sysprune
