// `sysprune exec`: applies a policy to a program that cannot be relinked
// with the runtime, by installing the filter on itself and then executing
// the program, which inherits it.

#include "tool/driver/CommandSupport.h"
#include "tool/driver/Commands.h"
#include "tool/driver/TargetBaselines.h"

#include "policy/bpf/BpfCompiler.h"
#include "policy/core/SyscallTable.h"
#include "policy/export/ExportBaselines.h"
#include "policy/library/LibraryModel.h"
#include "sysprune/runtime.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Program.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace sysprune::tool {

llvm::cl::SubCommand &execCommand() {
  static llvm::cl::SubCommand Command(
      "exec", "Run a program under a policy, with the loader's baseline");
  return Command;
}

namespace {
namespace cl = llvm::cl;

cl::OptionCategory ExecCategory("exec options");

enum class ExecAction { Kill, Errno, Log };

cl::opt<std::string> PolicyPath("policy", cl::Required,
                                cl::desc("The policy to enforce"),
                                cl::value_desc("policy.json"),
                                cl::sub(execCommand()), cl::cat(ExecCategory));
cl::opt<ExecAction> ViolationAction(
    "action", cl::desc("What a syscall outside the policy does:"),
    cl::values(
        clEnumValN(ExecAction::Kill, "kill", "kill the process (default)"),
        clEnumValN(ExecAction::Errno, "errno", "fail the call with --errno"),
        clEnumValN(ExecAction::Log, "log",
                   "let it run, and have the kernel log it (audit)")),
    cl::init(ExecAction::Kill), cl::sub(execCommand()), cl::cat(ExecCategory));
cl::opt<unsigned> ViolationErrno("errno",
                                 cl::desc("The errno for --action=errno "
                                          "(default: 1, EPERM)"),
                                 cl::init(1), cl::sub(execCommand()),
                                 cl::cat(ExecCategory));
cl::opt<std::string> ArgumentZero(
    "arg0",
    cl::desc("The name the program sees as argv[0] (default: PROGRAM as "
             "given), as the shell's `exec -a`: a wrapper that runs the "
             "program under a policy passes its own name"),
    cl::value_desc("name"), cl::sub(execCommand()), cl::cat(ExecCategory));
cl::list<std::string> Command(cl::Positional, cl::OneOrMore,
                              cl::desc("-- <program> [arguments...]"),
                              cl::sub(execCommand()), cl::cat(ExecCategory));

/// Finds the program to run, as execvp would, before the filter is on:
/// afterwards, only execve can run. 0 when \p Program is its path, else
/// the exit status, with the error printed.
int findProgram(std::string &Program, DiagnosticPrinter &Printer) {
  Program = Command.front();
  if (Program.find('/') == std::string::npos) {
    auto Found = llvm::sys::findProgramByName(Program);
    if (!Found) {
      Printer.print({policy::Severity::Error,
                     {},
                     "cannot find '" + Program + "' in PATH",
                     ""});
      return 127;
    }
    Program = *Found;
  }
  if (access(Program.c_str(), X_OK) != 0) {
    Printer.print({policy::Severity::Error,
                   {Program, 0, 0},
                   std::string("cannot execute: ") + std::strerror(errno),
                   ""});
    return 126;
  }
  return 0;
}

/// What a syscall outside the policy does (--action, --errno).
policy::CompileOptions compileOptions() {
  policy::CompileOptions Options;
  switch (ViolationAction) {
  case ExecAction::Kill:
    Options.ViolationAction = policy::Action::KillProcess;
    break;
  case ExecAction::Errno:
    Options.ViolationAction = policy::Action::Errno;
    Options.ViolationErrno = ViolationErrno;
    break;
  case ExecAction::Log:
    Options.ViolationAction = policy::Action::Log;
    break;
  }
  return Options;
}

/// Installs \p Filter on this process and executes \p Program under it,
/// with the command line's arguments; returns only the exit status of a
/// failure.
int installAndExecute(const std::string &Program,
                      const policy::BpfProgram &Filter,
                      DiagnosticPrinter &Printer) {
  std::vector<char *> Argv;
  for (std::string &Argument : Command)
    Argv.push_back(Argument.data());
  if (ArgumentZero.getNumOccurrences())
    Argv.front() = ArgumentZero.getValue().data();
  Argv.push_back(nullptr);
  llvm::errs().flush();
  InstallResult Installed =
      install({Filter.Instructions.data(), Filter.Instructions.size()});
  if (!Installed) {
    // Fail closed: the program does not run unprotected.
    Printer.print(
        {policy::Severity::Error,
         {},
         std::string("cannot install the filter: ") +
             describe(Installed.Status) +
             (Installed.Detail
                  ? std::string(" (") +
                        std::strerror(static_cast<int>(Installed.Detail)) + ")"
                  : ""),
         ""});
    return FailClosedExitStatus;
  }
  execv(Program.c_str(), Argv.data());
  // Under the filter, nothing but exiting is sure to be allowed.
  _exit(127);
}
} // namespace

int runExec() {
  DiagnosticPrinter Printer(llvm::errs(), "sysprune exec");
  auto Policy = readPolicyReporting(PolicyPath, Printer);
  if (!Policy)
    return 1;
  if (!checkNativeArchitecture(*Policy, PolicyPath, "the program", Printer) ||
      !checkErrnoOption(ViolationErrno, Printer))
    return 1;
  std::string Program;
  if (int Status = findProgram(Program, Printer))
    return Status;

  // The program's dynamic loader and libc's start-up run under the filter:
  // this machine's, which the policy must be for.
  if (!runsWithPolicysCLibrary(*Policy, PolicyPath, Printer))
    return LibcMismatchExitStatus;
  auto Baselines = targetBaselineSyscalls(
      policy::binary::RuntimeTarget::Installed, {"loader", "runtime"}, Printer);
  if (!Baselines)
    return 1;
  policy::Diagnostics Diags;
  auto Filter =
      policy::compileToBpf(policy::withBaselines(*Policy, std::move(*Baselines),
                                                 {"loader", "runtime"}),
                           compileOptions(), Diags);
  Printer.print(Diags);
  if (!Filter)
    return 1;
  return installAndExecute(Program, *Filter, Printer);
}

} // namespace sysprune::tool
