// `sysprune scan-tu`: the facts of one translation unit, as a file. A build
// system runs it per source file like a compile (and can cache or distribute
// it like one); `sysprune link` then combines the facts files.

#include "tool/driver/AssemblySources.h"
#include "tool/driver/CommandSupport.h"
#include "tool/driver/Commands.h"
#include "tool/driver/CompilationInput.h"
#include "tool/frontend/TranslationUnitScanner.h"

namespace sysprune::tool {

llvm::cl::SubCommand &scanTuCommand() {
  static llvm::cl::SubCommand Command(
      "scan-tu", "Extract the facts of one translation unit into a file");
  return Command;
}

namespace {
namespace cl = llvm::cl;
cl::OptionCategory ScanTuCategory("scan-tu options");
} // namespace

// Shared with `sysprune scan`.
cl::opt<std::string>
    BuildPath("p", cl::desc("Build directory holding compile_commands.json"),
              cl::value_desc("build-dir"), cl::sub(scanCommand()),
              cl::sub(scanTuCommand()));
cl::list<std::string> ExtraArgs("extra-arg",
                                cl::desc("Append this argument to every "
                                         "compile command"),
                                cl::value_desc("arg"), cl::sub(scanCommand()),
                                cl::sub(scanTuCommand()),
                                cl::sub(explainCommand()),
                                cl::sub(checkCommand()));

namespace {
cl::opt<std::string> FactsOutput("o", cl::desc("Write the facts here"),
                                 cl::value_desc("file.facts.json"),
                                 cl::Required, cl::sub(scanTuCommand()),
                                 cl::cat(ScanTuCategory));
// The facts depend on every header the source includes, which only the
// parse knows: a build system reads this to re-run the step when one changes.
cl::opt<std::string> TuDepfilePath(
    "depfile",
    cl::desc("Also write a Makefile-style depfile naming the source and every "
             "header the scan read"),
    cl::value_desc("file.d"), cl::sub(scanTuCommand()),
    cl::cat(ScanTuCategory));
cl::opt<std::string> Source(cl::Positional, cl::Required,
                            cl::desc("<source file>"), cl::sub(scanTuCommand()),
                            cl::cat(ScanTuCategory));
} // namespace

int runScanTu() {
  DiagnosticPrinter Printer(llvm::errs(), "sysprune scan-tu");
  if (!BuildPath.getNumOccurrences()) {
    Printer.print({policy::Severity::Error,
                   {},
                   "give the build directory holding compile_commands.json "
                   "with -p",
                   ""});
    return 1;
  }
  auto Database = loadCompilationDatabase(BuildPath, Printer);
  if (!Database)
    return 1;
  std::vector<std::string> Sources =
      selectSources(*Database, {Source}, BuildPath, Printer);
  if (Sources.empty())
    return 1;
  if (compilesAssembly(Database->getCompileCommands(Sources.front()).front())) {
    Printer.print({policy::Severity::Error,
                   {Source, 0, 0},
                   "assembly, not C or C++: no facts written; model the "
                   "object file the build makes of it at the link step "
                   "(--lib OBJECT.o), as sysprune scan does by itself",
                   ""});
    return 1;
  }
  scan::ParseOptions Options;
  Options.ExtraArgs.assign(ExtraArgs.begin(), ExtraArgs.end());
  scan::TranslationUnitResult Result =
      scan::scanTranslationUnit(*Database, Sources.front(), Options);
  llvm::errs() << Result.ClangDiagnostics;
  if (!Result.Facts) {
    Printer.print({policy::Severity::Error,
                   {},
                   "'" + Source + "' could not be parsed; no facts written",
                   ""});
    return 1;
  }
  if (!writeOutput(FactsOutput, policy::writeFacts(*Result.Facts), "facts",
                   Printer))
    return 1;
  if (TuDepfilePath.empty())
    return 0;
  std::set<std::string> Inputs;
  for (const policy::InputFile &Input : Result.Facts->Inputs)
    Inputs.insert(Input.Path);
  return writeOutput(TuDepfilePath, makeDepfile(FactsOutput, Inputs), "depfile",
                     Printer)
             ? 0
             : 1;
}

} // namespace sysprune::tool
