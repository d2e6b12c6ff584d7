// `sysprune explain`: why a policy allows a syscall, as a compiler-style
// backtrace from the site that needs it to an entry point.

#include "tool/driver/CommandSupport.h"
#include "tool/driver/Commands.h"
#include "tool/driver/CompilationInput.h"
#include "tool/driver/LinkStep.h"
#include "tool/driver/ScanStep.h"

#include "policy/report/Explanation.h"

namespace sysprune::tool {

llvm::cl::SubCommand &explainCommand() {
  static llvm::cl::SubCommand Command(
      "explain", "Show why a policy allows a syscall: the sites that need "
                 "it and how they are reached");
  return Command;
}

namespace {
namespace cl = llvm::cl;

cl::OptionCategory ExplainCategory("explain options");

cl::opt<std::string> Syscall(cl::Positional, cl::Required,
                             cl::desc("<syscall>"), cl::sub(explainCommand()),
                             cl::cat(ExplainCategory));
cl::opt<std::string>
    PolicyPath("policy",
               cl::desc("Explain this policy, written by sysprune scan "
                        "(relative paths in it are resolved against --root, "
                        "default: the current directory)"),
               cl::value_desc("policy.json"), cl::sub(explainCommand()),
               cl::cat(ExplainCategory));
cl::opt<std::string>
    ExplainBuild("p",
                 cl::desc("Scan this build directory (as sysprune scan "
                          "does) and explain the result"),
                 cl::value_desc("build-dir"), cl::sub(explainCommand()),
                 cl::cat(ExplainCategory));
cl::list<std::string> ExplainFiles(cl::Positional,
                                   cl::desc("[files...] to scan with -p"),
                                   cl::sub(explainCommand()),
                                   cl::cat(ExplainCategory));
} // namespace

int runExplain() {
  DiagnosticPrinter Printer(llvm::errs(), "sysprune explain");
  if (PolicyPath.empty() == ExplainBuild.empty()) {
    Printer.print({policy::Severity::Error,
                   {},
                   "name either a policy (--policy policy.json) or a build "
                   "to scan (-p build-dir)",
                   ""});
    return 1;
  }
  policy::Policy Policy;
  std::string Root;
  if (!PolicyPath.empty()) {
    auto Read = readPolicyReporting(PolicyPath, Printer);
    if (!Read)
      return 1;
    Policy = std::move(*Read);
    Root = absolutePath(rootOption().empty() ? "." : rootOption());
  } else {
    auto Program = scanBuild(ExplainBuild, ExplainFiles, Printer);
    if (!Program)
      return 1;
    auto Linked = linkFromCommandLine(
        Program->Facts, Program->Sources, /*KeepAbsolutePaths=*/true, Printer,
        Program->Libraries, Program->CacheDirectory, false, nullptr,
        Program->MachineCode ? &*Program->MachineCode : nullptr);
    if (!Linked)
      return 1;
    Policy = std::move(Linked->Result);
  }
  // The explanation goes to standard output: it is what was asked for.
  DiagnosticPrinter Out(llvm::outs(), "sysprune explain");
  policy::Diagnostics Notes = policy::explainSyscall(Policy, Syscall, Root);
  Out.print(Notes);
  return Out.errors() ? 1 : 0;
}

} // namespace sysprune::tool
