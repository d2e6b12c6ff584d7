// The runtime, proved in the kernel: each test installs a real filter in a
// forked child and checks what the kernel did to it.

#include "ChildProcess.h"

#include "policy/bpf/BpfCompiler.h"
#include "policy/core/SyscallTable.h"
#include "sysprune/runtime.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>

namespace sysprune {
namespace {
using testing::runInChild;

// What every child needs after installing: reading /proc, writing to
// stderr, allocating, exiting (under AddressSanitizer, _exit also tears down
// the alternate signal stack).
const std::vector<std::string> ChildBasics = {
    "exit_group", "exit", "openat", "read",    "close", "write",
    "brk",        "mmap", "munmap", "madvise", "futex", "sigaltstack"};

policy::BpfProgram
compile(std::vector<std::string> Allowed,
        policy::Action Violation = policy::Action::KillProcess,
        bool AllowStderrWrite = false) {
  policy::Policy P;
  P.Architectures = {policy::SyscallTable::native().architecture()};
  policy::SyscallRule Rule;
  Rule.Names = std::move(Allowed);
  Rule.Names.insert(Rule.Names.end(), ChildBasics.begin(), ChildBasics.end());
  P.Syscalls.push_back(Rule);
  policy::CompileOptions Options;
  Options.ViolationAction = Violation;
  Options.AllowStderrWrite = AllowStderrWrite;
  // The complain action hands its listener over with sendmsg.
  Options.ComplainHandoff = Violation == policy::Action::Notify;
  policy::Diagnostics Diags;
  auto Program = policy::compileToBpf(P, Options, Diags);
  EXPECT_TRUE(Program) << (Diags.empty() ? "" : Diags.front().Message);
  return Program.value_or(policy::BpfProgram{});
}

/// Every syscall of this architecture but \p Denied: what a test whose
/// point is one syscall allows, whatever the C library makes around it.
std::vector<std::string> allExcept(const std::vector<std::string> &Denied) {
  const policy::SyscallTable &Table = policy::SyscallTable::native();
  std::vector<std::string> Names;
  for (int Nr = 0; Nr < Table.size(); ++Nr)
    if (auto Name = Table.name(Nr);
        Name && std::find(Denied.begin(), Denied.end(), *Name) == Denied.end())
      Names.push_back(*Name);
  return Names;
}

FilterProgram view(const policy::BpfProgram &P) {
  return {P.Instructions.data(), P.Instructions.size()};
}

std::string procStatus() {
  std::string Text;
  int Fd = open("/proc/self/status", O_RDONLY);
  char Buffer[4096];
  ssize_t N;
  while (Fd >= 0 && (N = read(Fd, Buffer, sizeof(Buffer))) > 0)
    Text.append(Buffer, static_cast<size_t>(N));
  close(Fd);
  return Text;
}

TEST(RuntimeTest, AllowedSyscallRuns) {
  policy::BpfProgram Filter = compile({"getppid"});
  auto Outcome = runInChild([&] {
    if (!install(view(Filter)))
      return 2;
    return syscall(SYS_getppid) > 0 ? 0 : 3;
  });
  EXPECT_TRUE(Outcome.Exited) << "signal " << Outcome.Signal;
  EXPECT_EQ(Outcome.ExitCode, 0);
}

TEST(RuntimeTest, ForbiddenSyscallKillsWithSigsys) {
  policy::BpfProgram Filter = compile({});
  auto Outcome = runInChild([&] {
    if (!install(view(Filter)))
      return 2;
    syscall(SYS_getppid);
    return 0; // not reached: the kernel kills the process first
  });
  EXPECT_TRUE(Outcome.Signaled);
  EXPECT_EQ(Outcome.Signal, SIGSYS);
}

TEST(RuntimeTest, ProcStatusShowsNoNewPrivsAndFilterMode) {
  policy::BpfProgram Filter = compile({});
  auto Outcome = runInChild([&] {
    if (!install(view(Filter)))
      return 2;
    std::string Status = procStatus();
    bool NoNewPrivs = Status.find("NoNewPrivs:\t1\n") != std::string::npos;
    bool FilterMode = Status.find("Seccomp:\t2\n") != std::string::npos;
    return NoNewPrivs && FilterMode ? 0 : 4;
  });
  EXPECT_TRUE(Outcome.Exited) << "signal " << Outcome.Signal;
  EXPECT_EQ(Outcome.ExitCode, 0);
}

TEST(RuntimeTest, ErrnoActionFailsTheCallInstead) {
  policy::BpfProgram Filter = compile({}, policy::Action::Errno);
  auto Outcome = runInChild([&] {
    if (!install(view(Filter)))
      return 2;
    errno = 0;
    long Rc = syscall(SYS_getppid);
    return Rc == -1 && errno == EPERM ? 0 : 5;
  });
  EXPECT_TRUE(Outcome.Exited) << "signal " << Outcome.Signal;
  EXPECT_EQ(Outcome.ExitCode, 0);
}

TEST(RuntimeTest, ThreadsStartedBeforeInstallAreCovered) {
  policy::BpfProgram Filter =
      compile({"futex", "rt_sigprocmask", "madvise", "munmap"});
  auto Outcome = runInChild([&] {
    static std::atomic<int> Stage{0};
    pthread_t Thread;
    auto Body = [](void *) -> void * {
      while (Stage.load() != 1) {
      }
      syscall(SYS_getppid); // forbidden: must kill the whole process
      Stage.store(2);
      return nullptr;
    };
    if (pthread_create(&Thread, nullptr, Body, nullptr) != 0)
      return 6;
    if (!install(view(Filter)))
      return 2;
    Stage.store(1);
    while (Stage.load() != 2) {
    }
    return 0;
  });
  EXPECT_TRUE(Outcome.Signaled);
  EXPECT_EQ(Outcome.Signal, SIGSYS);
}

TEST(RuntimeTest, TrapReporterPrintsOneLineThenDies) {
  policy::BpfProgram Filter = compile({"rt_sigreturn"}, policy::Action::Trap,
                                      /*AllowStderrWrite=*/true);
  auto Outcome = runInChild([&] {
    TrapReportInfo Info;
    Info.PolicyPath = "/test/policy.json";
    const policy::SyscallTable &Table = policy::SyscallTable::native();
    static std::vector<std::string> Storage;
    static std::vector<const char *> Pointers;
    for (int Nr = 0; Nr < Table.size(); ++Nr)
      Storage.push_back(Table.name(Nr).value_or(""));
    for (const std::string &S : Storage)
      Pointers.push_back(S.empty() ? nullptr : S.c_str());
    Info.SyscallNames = Pointers.data();
    Info.SyscallNameCount = Pointers.size();
    if (!installTrapReporter(Info) || !install(view(Filter)))
      return 2;
    syscall(SYS_getppid, 7, 8, 9);
    return 0;
  });
  EXPECT_TRUE(Outcome.Signaled);
  EXPECT_EQ(Outcome.Signal, SIGSYS);
  EXPECT_NE(Outcome.Stderr.find("sysprune: blocked getppid(" +
                                std::to_string(SYS_getppid) +
                                ") args=(0x7, 0x8, 0x9, "),
            std::string::npos)
      << Outcome.Stderr;
  EXPECT_NE(Outcome.Stderr.find(" in syscall (policy: /test/policy.json)\n"),
            std::string::npos)
      << Outcome.Stderr;
  EXPECT_EQ(std::count(Outcome.Stderr.begin(), Outcome.Stderr.end(), '\n'), 1)
      << Outcome.Stderr;
}

/// Stops a child in the middle of a sleep and continues it; returns how it
/// ended. The kernel resumes the sleep through restart_syscall.
testing::ChildOutcome stopAndContinueDuringSleep(const FilterProgram &Filter) {
  testing::ChildOutcome Outcome;
  int Ready[2];
  if (pipe(Ready) != 0)
    return Outcome;
  pid_t Pid = fork();
  if (Pid == 0) {
    if (!install(Filter))
      _exit(2);
    // Tell the parent the sleep is about to start.
    if (write(Ready[1], "r", 1) != 1)
      _exit(4);
    struct timespec Sleep {
      2, 0
    };
    _exit(clock_nanosleep(CLOCK_MONOTONIC, 0, &Sleep, nullptr) == 0 ? 0 : 3);
  }
  char Byte;
  if (read(Ready[0], &Byte, 1) == 1)
    usleep(200 * 1000); // well into the two-second sleep
  close(Ready[0]);
  close(Ready[1]);
  kill(Pid, SIGSTOP);
  usleep(100 * 1000);
  kill(Pid, SIGCONT);
  int Status = 0;
  waitpid(Pid, &Status, 0);
  Outcome.Exited = WIFEXITED(Status);
  Outcome.ExitCode = Outcome.Exited ? WEXITSTATUS(Status) : -1;
  Outcome.Signaled = WIFSIGNALED(Status);
  Outcome.Signal = Outcome.Signaled ? WTERMSIG(Status) : 0;
  return Outcome;
}

TEST(RuntimeTest, AStoppedSleepResumesThroughRestartSyscall) {
  // Why the runtime baseline has restart_syscall: without it, a process
  // stopped and continued while it sleeps is killed.
  policy::BpfProgram Without = compile({"clock_nanosleep"});
  auto Killed = stopAndContinueDuringSleep(view(Without));
  EXPECT_TRUE(Killed.Signaled);
  EXPECT_EQ(Killed.Signal, SIGSYS);
  policy::BpfProgram With = compile({"clock_nanosleep", "restart_syscall"});
  auto Resumed = stopAndContinueDuringSleep(view(With));
  EXPECT_TRUE(Resumed.Exited) << "signal " << Resumed.Signal;
  EXPECT_EQ(Resumed.ExitCode, 0);
}

#if defined(__x86_64__)
TEST(RuntimeTest, X32SyscallNumbersAreKilled) {
  // getppid is allowed, but not through the x32 ABI (the same number with
  // __X32_SYSCALL_BIT set): a filter that checked only the number would let
  // x32 calls past it. The violation action is errno, so that only the
  // x32 check can kill.
  policy::BpfProgram Filter = compile({"getppid"}, policy::Action::Errno);
  auto Outcome = runInChild([&] {
    if (!install(view(Filter)))
      return 2;
    if (syscall(SYS_getppid) <= 0)
      return 3;
    syscall(0x40000000 | SYS_getppid);
    return 0; // not reached
  });
  EXPECT_TRUE(Outcome.Signaled) << "exit " << Outcome.ExitCode;
  EXPECT_EQ(Outcome.Signal, SIGSYS);
}

TEST(RuntimeTest, I386EntryIsKilled) {
  // int 0x80 enters the kernel as i386 (AUDIT_ARCH_I386), where the numbers
  // mean other syscalls (20 is getpid there, x86_64's writev): any
  // architecture but the native one is killed, even when the violation
  // action is errno and the number is allowed natively.
  auto i386Getpid = [] {
    long Result;
    __asm__ volatile("int $0x80" : "=a"(Result) : "a"(20L) : "memory");
    return Result;
  };
  // A kernel without IA32 emulation (CONFIG_IA32_EMULATION off, or
  // ia32_emulation=0) answers int 0x80 with SIGSEGV before any filter runs
  // (which AddressSanitizer's handler turns into exit status 1).
  auto Unfiltered = runInChild([&] { return i386Getpid() > 0 ? 0 : 1; });
  if (!Unfiltered.Exited || Unfiltered.ExitCode != 0)
    GTEST_SKIP() << "this kernel has no i386 entry (int 0x80 faults)";
  policy::BpfProgram Filter =
      compile({"getpid", "writev"}, policy::Action::Errno);
  auto Outcome = runInChild([&] {
    if (!install(view(Filter)))
      return 2;
    i386Getpid();
    return 0; // not reached
  });
  EXPECT_TRUE(Outcome.Signaled) << "exit " << Outcome.ExitCode;
  EXPECT_EQ(Outcome.Signal, SIGSYS);
}
#endif

TEST(RuntimeTest, ForkedChildInheritsTheFilter) {
  // The child's forbidden getppid kills it, and the parent sees that;
  // fork may make what it will (clone or clone3, signal masks: glibc
  // releases differ).
  policy::BpfProgram Filter = compile(allExcept({"getppid"}));
  auto Outcome = runInChild([&] {
    if (!install(view(Filter)))
      return 2;
    pid_t Child = fork();
    if (Child == 0) {
      syscall(SYS_getppid);
      _exit(0); // not reached
    }
    int Status = 0;
    if (Child < 0 || waitpid(Child, &Status, 0) != Child)
      return 3;
    return WIFSIGNALED(Status) && WTERMSIG(Status) == SIGSYS ? 0 : 4;
  });
  EXPECT_TRUE(Outcome.Exited) << "signal " << Outcome.Signal;
  EXPECT_EQ(Outcome.ExitCode, 0);
}

TEST(RuntimeTest, ExecutedProgramInheritsTheFilter) {
  // The filter stays across execve: /bin/true runs its loader and exits
  // under it when the policy allows that, and is killed when it does not
  // allow arch_prctl, with which every x86_64 loader sets up thread-local
  // storage (whatever else a C library release makes, it is allowed).
  const std::vector<std::string> Loader = allExcept({});
  auto RunTrue = [](const policy::BpfProgram &Filter) {
    return runInChild([&] {
      if (!install(view(Filter)))
        return 2;
      execl("/bin/true", "true", static_cast<char *>(nullptr));
      return 3;
    });
  };
  auto Ran = RunTrue(compile(Loader));
  EXPECT_TRUE(Ran.Exited) << "signal " << Ran.Signal;
  EXPECT_EQ(Ran.ExitCode, 0);
  // Without arch_prctl, the loader of the executed program is stopped.
  std::vector<std::string> Short = Loader;
  Short.erase(std::find(Short.begin(), Short.end(), "arch_prctl"));
  auto Killed = RunTrue(compile(Short));
  EXPECT_TRUE(Killed.Signaled) << "exit " << Killed.ExitCode;
  EXPECT_EQ(Killed.Signal, SIGSYS);
}

std::string readFile(const std::string &Path) {
  std::string Text;
  int Fd = open(Path.c_str(), O_RDONLY);
  char Buffer[4096];
  ssize_t N;
  while (Fd >= 0 && (N = read(Fd, Buffer, sizeof(Buffer))) > 0)
    Text.append(Buffer, static_cast<size_t>(N));
  if (Fd >= 0)
    close(Fd);
  return Text;
}

size_t occurrences(const std::string &Text, const std::string &Needle) {
  size_t Count = 0;
  for (size_t At = Text.find(Needle); At != std::string::npos;
       At = Text.find(Needle, At + 1))
    ++Count;
  return Count;
}

TEST(RuntimeTest, ComplainLetsViolationsRunAndReportsEachOnce) {
  // getppid and getuid are outside the policy: both run (their results are
  // real), each is reported once however often it is made, also from a
  // thread and from a forked child, and the allowed getpid is not.
  char Dir[] = "/tmp/sysprune-complain-XXXXXX";
  ASSERT_TRUE(mkdtemp(Dir));
  std::string Report = std::string(Dir) + "/report.txt";
  policy::BpfProgram Filter =
      compile({"getpid", "clone", "clone3", "wait4", "set_robust_list", "rseq",
               "mprotect", "rt_sigprocmask", "sched_yield", "getrandom"},
              policy::Action::Notify);
  auto Outcome = runInChild([&] {
    ComplainReportInfo Info;
    Info.ReportPath = Report.c_str();
    Info.PolicyPath = "test.json";
    if (!installComplaining(view(Filter), Info))
      return 2;
    if (syscall(SYS_getppid) != getppid() || syscall(SYS_getppid) <= 0)
      return 3;
    pthread_t Thread;
    pthread_create(
        &Thread, nullptr,
        [](void *) -> void * {
          return reinterpret_cast<void *>(syscall(SYS_getuid) == getuid());
        },
        nullptr);
    void *Result = nullptr;
    pthread_join(Thread, &Result);
    if (!Result)
      return 4;
    pid_t Child = fork();
    if (Child == 0)
      _exit(syscall(SYS_getuid) == getuid() ? 0 : 1);
    int Status = 0;
    waitpid(Child, &Status, 0);
    if (!WIFEXITED(Status) || WEXITSTATUS(Status) != 0)
      return 5;
    return syscall(SYS_getpid) > 0 ? 0 : 6;
  });
  EXPECT_TRUE(Outcome.Exited) << "signal " << Outcome.Signal;
  EXPECT_EQ(Outcome.ExitCode, 0);
  std::string Text = readFile(Report);
  EXPECT_EQ(occurrences(Text, "sysprune: would block syscall(110)"), 1u)
      << Text;
  EXPECT_EQ(occurrences(Text, "would block syscall(102)"), 1u) << Text;
  EXPECT_EQ(occurrences(Text, "syscall(39)"), 0u) << Text;
  EXPECT_NE(Text.find("(pid "), std::string::npos) << Text;
  unlink(Report.c_str());
  rmdir(Dir);
}

TEST(RuntimeTest, EmptyFilterIsRefused) {
  auto Outcome = runInChild([] {
    InstallResult R = install({nullptr, 0});
    if (R.Status != InstallStatus::InvalidFilter)
      return 7;
    // Nothing was installed: the child is still unconfined.
    return procStatus().find("Seccomp:\t0\n") != std::string::npos ? 0 : 8;
  });
  EXPECT_TRUE(Outcome.Exited);
  EXPECT_EQ(Outcome.ExitCode, 0);
}

TEST(RuntimeTest, KernelRejectsMalformedProgram) {
  // A program whose last instruction is not a return is invalid BPF.
  sock_filter Bad[] = {BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0)};
  auto Outcome = runInChild([&] {
    InstallResult R = install({Bad, 1});
    return R.Status == InstallStatus::FilterRejected ? 0 : 9;
  });
  EXPECT_TRUE(Outcome.Exited);
  EXPECT_EQ(Outcome.ExitCode, 0);
}

TEST(RuntimeTest, DescribeNamesEveryStatus) {
  for (InstallStatus S :
       {InstallStatus::Installed, InstallStatus::InvalidFilter,
        InstallStatus::NoNewPrivsFailed, InstallStatus::SeccompUnavailable,
        InstallStatus::FilterRejected, InstallStatus::ThreadNotSynchronised})
    EXPECT_STRNE(describe(S), "unknown install status");
}

} // namespace
} // namespace sysprune
