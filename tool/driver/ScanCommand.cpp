// `sysprune scan`: extracts the facts of every translation unit of a
// compilation database (in parallel, reusing cached facts), links them into a
// whole-program policy and writes it.

#include "tool/driver/CommandSupport.h"
#include "tool/driver/Commands.h"
#include "tool/driver/LinkStep.h"
#include "tool/driver/ScanStep.h"

namespace sysprune::tool {

llvm::cl::SubCommand &scanCommand() {
  static llvm::cl::SubCommand Command(
      "scan", "Derive a seccomp policy from the sources in a compilation "
              "database");
  return Command;
}

// -p is shared with `sysprune scan-tu`.
extern llvm::cl::opt<std::string> BuildPath;

namespace {
llvm::cl::list<std::string>
    Files(llvm::cl::Positional,
          llvm::cl::desc("[files...] (default: every file in the "
                         "database)"),
          llvm::cl::sub(scanCommand()), llvm::cl::cat(scanOptionCategory()));

} // namespace

int runScan() {
  DiagnosticPrinter Printer(llvm::errs(), "sysprune scan");
  if (!checkLinkOptions(Printer))
    return 1;
  if (!BuildPath.getNumOccurrences() && !binaryGiven()) {
    Printer.print({policy::Severity::Error,
                   {},
                   "give the build directory holding compile_commands.json "
                   "with -p, or a program to read from its machine code "
                   "with --binary",
                   ""});
    return 1;
  }
  auto Program = scanBuild(BuildPath, Files, Printer);
  if (!Program) {
    llvm::errs() << "sysprune scan: no policy was written\n";
    return 1;
  }
  return linkAndWritePolicy(
      Program->Facts, Program->Sources, Program->Inputs, Program->Detail,
      Printer, Program->Libraries, Program->CacheDirectory,
      Program->MachineCode ? &*Program->MachineCode : nullptr);
}

} // namespace sysprune::tool
