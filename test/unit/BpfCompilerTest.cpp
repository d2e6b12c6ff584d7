// The BPF compiler, checked by behaviour in the kernel: each filter is
// installed in a forked child and the child's fate is the assertion.

#include "ChildProcess.h"

#include "policy/bpf/BpfCompiler.h"
#include "policy/core/SyscallTable.h"
#include "sysprune/runtime.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace sysprune::policy {
namespace {
using testing::runInChild;

Policy allowing(std::vector<std::string> Names) {
  Policy P;
  P.Architectures = {SyscallTable::native().architecture()};
  SyscallRule Rule;
  Rule.Names = std::move(Names);
  // Exiting; under AddressSanitizer, _exit also tears down the alternate
  // signal stack.
  Rule.Names.insert(Rule.Names.end(), {"exit_group", "sigaltstack"});
  P.Syscalls.push_back(Rule);
  return P;
}

BpfProgram compileOrFail(const Policy &P, CompileOptions Options = {}) {
  Diagnostics Diags;
  auto Program = compileToBpf(P, Options, Diags);
  EXPECT_TRUE(Program) << (Diags.empty() ? "" : Diags.front().Message);
  return Program.value_or(BpfProgram{});
}

testing::ChildOutcome runFiltered(const BpfProgram &Program,
                                  const std::function<int()> &Body) {
  return runInChild([&] {
    if (!install({Program.Instructions.data(), Program.Instructions.size()}))
      return 100;
    return Body();
  });
}

TEST(BpfCompilerTest, ChecksTheArchitectureFirst) {
  BpfProgram Program = compileOrFail(allowing({"getpid"}));
  ASSERT_FALSE(Program.Instructions.empty());
  // ld [4]: seccomp_data.arch.
  EXPECT_EQ(Program.Instructions[0].code, BPF_LD | BPF_W | BPF_ABS);
  EXPECT_EQ(Program.Instructions[0].k, 4u);
}

TEST(BpfCompilerTest, AllowsListedAndKillsTheRest) {
  BpfProgram Program = compileOrFail(allowing({"getpid"}));
  auto Allowed =
      runFiltered(Program, [] { return syscall(SYS_getpid) > 0 ? 0 : 1; });
  EXPECT_TRUE(Allowed.Exited);
  EXPECT_EQ(Allowed.ExitCode, 0);
  auto Denied = runFiltered(Program, [] {
    syscall(SYS_getppid);
    return 0;
  });
  EXPECT_TRUE(Denied.Signaled);
  EXPECT_EQ(Denied.Signal, SIGSYS);
}

#if defined(__x86_64__)
TEST(BpfCompilerTest, RejectsX32SyscallNumbers) {
  // getpid through the x32 ABI: same number with __X32_SYSCALL_BIT.
  BpfProgram Program = compileOrFail(allowing({"getpid"}));
  auto Outcome = runFiltered(Program, [] {
    syscall(0x40000000 | SYS_getpid);
    return 0;
  });
  EXPECT_TRUE(Outcome.Signaled);
  EXPECT_EQ(Outcome.Signal, SIGSYS);
}
#endif

TEST(BpfCompilerTest, ArgumentRulesSelectTheOperation) {
  Policy P = allowing({});
  SyscallRule SetName;
  SetName.Names = {"prctl"};
  SetName.Args = {{0, PR_SET_NAME, 0, CompareOp::Equal}};
  P.Syscalls.push_back(SetName);
  BpfProgram Program = compileOrFail(P);
  auto Allowed = runFiltered(
      Program, [] { return prctl(PR_SET_NAME, "x", 0, 0, 0) == 0 ? 0 : 1; });
  EXPECT_TRUE(Allowed.Exited);
  EXPECT_EQ(Allowed.ExitCode, 0);
  auto Denied = runFiltered(Program, [] {
    char Name[16];
    prctl(PR_GET_NAME, Name, 0, 0, 0);
    return 0;
  });
  EXPECT_TRUE(Denied.Signaled);
  EXPECT_EQ(Denied.Signal, SIGSYS);
}

TEST(BpfCompilerTest, ViolationActionOverridesThePolicyDefault) {
  CompileOptions Options;
  Options.ViolationAction = Action::Errno;
  Options.ViolationErrno = 38; // ENOSYS
  BpfProgram Program = compileOrFail(allowing({}), Options);
  auto Outcome = runFiltered(Program, [] {
    return syscall(SYS_getppid) == -1 && errno == ENOSYS ? 0 : 1;
  });
  EXPECT_TRUE(Outcome.Exited);
  EXPECT_EQ(Outcome.ExitCode, 0);
}

TEST(BpfCompilerTest, StderrWriteOnlyToFdTwo) {
  CompileOptions Options;
  Options.AllowStderrWrite = true;
  BpfProgram Program = compileOrFail(allowing({}), Options);
  auto ToStderr = runFiltered(
      Program, [] { return write(STDERR_FILENO, "x", 1) == 1 ? 0 : 1; });
  EXPECT_TRUE(ToStderr.Exited);
  EXPECT_EQ(ToStderr.Stderr, "x");
  auto ToStdout = runFiltered(Program, [] {
    (void)!write(STDOUT_FILENO, "x", 1);
    return 0;
  });
  EXPECT_TRUE(ToStdout.Signaled);
}

TEST(BpfCompilerTest, RulesRepeatingTheDefaultAreHarmless) {
  Policy P = allowing({"getpid"});
  P.DefaultAction = Action::Allow;
  BpfProgram Program = compileOrFail(P);
  auto Outcome =
      runFiltered(Program, [] { return syscall(SYS_getppid) > 0 ? 0 : 1; });
  EXPECT_TRUE(Outcome.Exited);
  EXPECT_EQ(Outcome.ExitCode, 0);
}

TEST(BpfCompilerTest, UnknownArchitectureIsAnError) {
  Policy P = allowing({"getpid"});
  P.Architectures = {"SCMP_ARCH_PDP11"};
  Diagnostics Diags;
  EXPECT_FALSE(compileToBpf(P, {}, Diags));
  ASSERT_EQ(Diags.size(), 1u);
  EXPECT_NE(Diags[0].Message.find("SCMP_ARCH_PDP11"), std::string::npos);
}

} // namespace
} // namespace sysprune::policy
