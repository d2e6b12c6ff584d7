// `sysprune compile`: turns a policy into a seccomp-BPF filter embedded in C
// source, which sysprune_harden() links into a target with the runtime.

#include "tool/driver/CommandSupport.h"
#include "tool/driver/Commands.h"

#include "policy/bpf/BpfCompiler.h"
#include "policy/core/SyscallTable.h"
#include "policy/export/EmbeddedFilterWriter.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include <algorithm>

namespace sysprune::tool {

llvm::cl::SubCommand &compileCommand() {
  static llvm::cl::SubCommand Command(
      "compile", "Compile a policy to a seccomp-BPF filter for the runtime");
  return Command;
}

namespace {
namespace cl = llvm::cl;

cl::OptionCategory CompileCategory("compile options");

enum class ActionChoice { Kill, Errno, Trap, Complain };

cl::opt<std::string> PolicyPath(cl::Positional, cl::Required,
                                cl::desc("<policy.json>"),
                                cl::sub(compileCommand()),
                                cl::cat(CompileCategory));
cl::opt<std::string> OutputPath("o",
                                cl::desc("Write the C source here (default: "
                                         "standard output)"),
                                cl::value_desc("filter.c"),
                                cl::sub(compileCommand()),
                                cl::cat(CompileCategory));
cl::opt<ActionChoice> ViolationAction(
    "action", cl::desc("What a syscall outside the policy does:"),
    cl::values(
        clEnumValN(ActionChoice::Kill, "kill", "kill the process (default)"),
        clEnumValN(ActionChoice::Errno, "errno", "fail the call with --errno"),
        clEnumValN(ActionChoice::Trap, "trap",
                   "print a one-line report, then kill the process"),
        clEnumValN(ActionChoice::Complain, "complain",
                   "let it run, and append its first call to --report")),
    cl::init(ActionChoice::Kill), cl::sub(compileCommand()),
    cl::cat(CompileCategory));
cl::opt<unsigned> ViolationErrno("errno",
                                 cl::desc("The errno for --action=errno "
                                          "(default: 1, EPERM)"),
                                 cl::init(1), cl::sub(compileCommand()),
                                 cl::cat(CompileCategory));
cl::opt<std::string> ReportPath(
    "report",
    cl::desc("Where --action=complain appends what the policy would block "
             "(default: sysprune-complaints.txt in the program's working "
             "directory)"),
    cl::value_desc("file"), cl::sub(compileCommand()),
    cl::cat(CompileCategory));
enum class InstallFailure { Stop, Continue };
cl::opt<InstallFailure> OnInstallFailure(
    "on-install-failure",
    cl::desc("What a program whose filter the kernel refuses does:"),
    cl::values(clEnumValN(InstallFailure::Stop, "stop",
                          "say why and exit with status 120 (default)"),
               clEnumValN(InstallFailure::Continue, "continue",
                          "say why and run unprotected")),
    cl::init(InstallFailure::Stop), cl::sub(compileCommand()),
    cl::cat(CompileCategory));
} // namespace

int runCompile() {
  DiagnosticPrinter Printer(llvm::errs(), "sysprune compile");
  auto Policy = readPolicyReporting(PolicyPath, Printer);
  if (!Policy)
    return 1;
  if (!checkNativeArchitecture(*Policy, PolicyPath, "the embedded filter",
                               Printer) ||
      !checkErrnoOption(ViolationErrno, Printer))
    return 1;

  policy::CompileOptions Options;
  policy::EmbeddedAction Handling = policy::EmbeddedAction::Kill;
  switch (ViolationAction) {
  case ActionChoice::Kill:
    Options.ViolationAction = policy::Action::KillProcess;
    break;
  case ActionChoice::Errno:
    Options.ViolationAction = policy::Action::Errno;
    Options.ViolationErrno = ViolationErrno;
    Handling = policy::EmbeddedAction::Errno;
    break;
  case ActionChoice::Trap:
    Options.ViolationAction = policy::Action::Trap;
    Options.AllowStderrWrite = true; // the SIGSYS report goes to stderr
    Handling = policy::EmbeddedAction::Trap;
    break;
  case ActionChoice::Complain:
    Options.ViolationAction = policy::Action::Notify;
    Options.ComplainHandoff = true;
    Handling = policy::EmbeddedAction::Complain;
    break;
  }
  if (!ReportPath.empty() && ViolationAction != ActionChoice::Complain) {
    Printer.print(
        {policy::Severity::Error, {}, "--report is for --action=complain", ""});
    return 1;
  }
  policy::Diagnostics Diags;
  auto Program = policy::compileToBpf(*Policy, Options, Diags);
  Printer.print(Diags);
  if (!Program)
    return 1;

  llvm::SmallString<256> Absolute(PolicyPath.getValue());
  llvm::sys::fs::make_absolute(Absolute);
  std::string Report;
  if (ViolationAction == ActionChoice::Complain) {
    llvm::SmallString<256> AbsoluteReport(
        ReportPath.empty() ? "sysprune-complaints.txt" : ReportPath.getValue());
    if (!ReportPath.empty())
      llvm::sys::fs::make_absolute(AbsoluteReport);
    Report = AbsoluteReport.str().str();
  }
  const policy::CLibraryIdentity *Libc =
      Policy->Origin && Policy->Origin->CLibrary ? &*Policy->Origin->CLibrary
                                                 : nullptr;
  std::string Source = policy::writeEmbeddedFilter(
      *Program, Handling, Absolute.str().str(), Report,
      OnInstallFailure == InstallFailure::Continue, Libc);
  if (!writeOutput(OutputPath, Source, "filter", Printer))
    return 1;
  return 0;
}

} // namespace sysprune::tool
