// The sysprune runtime: installs a seccomp-BPF filter on the calling process
// and reports violations. Linking a target with sysprune_harden() installs the
// embedded filter before main; these functions are for programs that want to
// harden at a point of their own choosing.
#pragma once

#include <linux/filter.h>

#include <cstddef>

namespace sysprune {

/// A compiled seccomp-BPF program.
struct FilterProgram {
  const sock_filter *Code = nullptr;
  std::size_t Length = 0;
};

/// Why install() did or did not succeed.
enum class InstallStatus {
  Installed,
  /// The program is empty or longer than the kernel accepts.
  InvalidFilter,
  /// prctl(PR_SET_NO_NEW_PRIVS) failed.
  NoNewPrivsFailed,
  /// The kernel has no seccomp filter support, or a parent filter forbids it.
  SeccompUnavailable,
  /// The kernel rejected the program.
  FilterRejected,
  /// TSYNC found a thread it could not move onto the filter.
  ThreadNotSynchronised,
  /// The complain action's supervisor could not be started or given the
  /// filter's listener.
  SupervisorFailed,
};

/// The outcome of install(): a status and the errno (or, for
/// ThreadNotSynchronised, the thread id) behind it.
struct InstallResult {
  InstallStatus Status = InstallStatus::Installed;
  long Detail = 0;

  explicit operator bool() const { return Status == InstallStatus::Installed; }
};

/// Sets no_new_privs, then installs \p Filter on every thread of the process
/// (SECCOMP_FILTER_FLAG_TSYNC), falling back to prctl(PR_SET_SECCOMP) on
/// kernels without seccomp(2). Filters only ever add up: there is no way back.
InstallResult install(FilterProgram Filter) noexcept;

/// A one-line, human-readable description of \p Status.
const char *describe(InstallStatus Status) noexcept;

/// What the SIGSYS report names.
struct TrapReportInfo {
  const char *PolicyPath = "";
  const char *const *SyscallNames = nullptr;
  std::size_t SyscallNameCount = 0;
};

/// Installs a SIGSYS handler that, when the filter traps a syscall, prints
/// `sysprune: blocked NAME(NR) args=(...) at ADDR in SYMBOL (policy: PATH)`
/// to stderr and then lets the process die of SIGSYS. Returns false when the
/// handler cannot be installed.
bool installTrapReporter(const TrapReportInfo &Info) noexcept;

/// What the complain action's report says and where it goes.
struct ComplainReportInfo {
  /// The report file, appended to (created when missing).
  const char *ReportPath = "";
  const char *PolicyPath = "";
  const char *const *SyscallNames = nullptr;
  std::size_t SyscallNameCount = 0;
};

/// The complain action: installs \p Filter, whose violations are
/// SECCOMP_RET_USER_NOTIF, on every thread, with a supervisor process that
/// lets each such syscall run and appends the first of each number, with
/// its arguments and call site, to the report:
///   `sysprune: would block NAME(NR) args=(...) at ADDR in FILE+OFFSET
///   (pid PID, policy: PATH)`
/// The filter must allow sendmsg and close (the listener's hand-over).
/// Needs Linux 5.7 (USER_NOTIF with CONTINUE, TSYNC with a listener).
InstallResult installComplaining(FilterProgram Filter,
                                 const ComplainReportInfo &Info) noexcept;

/// The exit status of a hardened program whose filter could not be
/// installed: it does not run unprotected.
constexpr int FailClosedExitStatus = 120;

/// The exit status of a hardened program started with a C library release
/// other than the one its policy was derived for: the policy does not hold
/// for it, so it stops before the filter could kill it mid-way.
constexpr int LibcMismatchExitStatus = 121;

} // namespace sysprune
