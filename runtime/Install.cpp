#include "sysprune/runtime.h"

#include <fcntl.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

namespace sysprune {

namespace {
/// The number of threads in this process from /proc/self/status, or -1 when
/// it cannot be read. Allocation-free: this runs before main.
long threadCount() noexcept {
  int Fd = open("/proc/self/status", O_RDONLY | O_CLOEXEC);
  if (Fd < 0)
    return -1;
  char Buffer[4096];
  ssize_t N = read(Fd, Buffer, sizeof(Buffer) - 1);
  close(Fd);
  if (N <= 0)
    return -1;
  Buffer[N] = '\0';
  const char Key[] = "\nThreads:";
  for (ssize_t I = 0; I + static_cast<ssize_t>(sizeof(Key)) <= N; ++I) {
    bool Match = true;
    for (size_t K = 0; K + 1 < sizeof(Key) && Match; ++K)
      Match = Buffer[I + K] == Key[K];
    if (!Match)
      continue;
    long Count = 0;
    for (ssize_t J = I + sizeof(Key) - 1; J < N; ++J) {
      if (Buffer[J] >= '0' && Buffer[J] <= '9')
        Count = Count * 10 + (Buffer[J] - '0');
      else if (Buffer[J] != ' ' && Buffer[J] != '\t')
        break;
    }
    return Count;
  }
  return -1;
}
} // namespace

InstallResult install(FilterProgram Filter) noexcept {
  if (!Filter.Code || Filter.Length == 0 || Filter.Length > BPF_MAXINSNS)
    return {InstallStatus::InvalidFilter, EINVAL};
  // Without CAP_SYS_ADMIN the kernel only accepts a filter from a process
  // that can never gain privileges again.
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
    return {InstallStatus::NoNewPrivsFailed, errno};
  sock_fprog Program{static_cast<unsigned short>(Filter.Length),
                     const_cast<sock_filter *>(Filter.Code)};
  long Rc = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
                    SECCOMP_FILTER_FLAG_TSYNC, &Program);
  if (Rc == 0)
    return {InstallStatus::Installed, 0};
  if (Rc > 0) // the id of a thread that could not be synchronised
    return {InstallStatus::ThreadNotSynchronised, Rc};
  int Error = errno;
  if (Error == ENOSYS) {
    // Kernels before 3.17 have no seccomp(2). prctl covers only the calling
    // thread: acceptable only when it is the only one, which it normally is
    // before main; if that cannot be verified, refuse.
    if (long Threads = threadCount(); Threads != 1)
      return {InstallStatus::ThreadNotSynchronised, Threads};
    if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &Program) == 0)
      return {InstallStatus::Installed, 0};
    Error = errno;
  }
  if (Error == EINVAL || Error == EFAULT || Error == ENOMEM)
    return {InstallStatus::FilterRejected, Error};
  return {InstallStatus::SeccompUnavailable, Error};
}

const char *describe(InstallStatus Status) noexcept {
  switch (Status) {
  case InstallStatus::Installed:
    return "the seccomp filter is installed";
  case InstallStatus::InvalidFilter:
    return "the embedded filter is empty or too long";
  case InstallStatus::NoNewPrivsFailed:
    return "prctl(PR_SET_NO_NEW_PRIVS) failed";
  case InstallStatus::SeccompUnavailable:
    return "the kernel refuses seccomp filters here";
  case InstallStatus::FilterRejected:
    return "the kernel rejected the filter";
  case InstallStatus::ThreadNotSynchronised:
    return "a thread could not be moved onto the filter";
  case InstallStatus::SupervisorFailed:
    return "the complain supervisor could not be started";
  }
  return "unknown install status";
}

} // namespace sysprune
