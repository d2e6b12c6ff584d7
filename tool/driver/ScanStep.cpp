// The scan of a whole program that `sysprune scan`, `check` and `explain`
// share: select the program's sources (all of a compilation database, those
// linked into --binary, a list), scan them in parallel with cached facts, or
// read the program's machine code when there is no database.

#include "tool/driver/ScanStep.h"

#include "tool/driver/AssemblySources.h"
#include "tool/driver/CommandSupport.h"
#include "tool/driver/Commands.h"
#include "tool/driver/CompilationInput.h"
#include "tool/driver/ProgramSources.h"
#include "tool/frontend/ProgramScanner.h"

#include <llvm/Support/FileSystem.h>

namespace sysprune::tool {

// --extra-arg is shared with `sysprune scan-tu`.
extern llvm::cl::list<std::string> ExtraArgs;

namespace {
namespace cl = llvm::cl;

cl::opt<unsigned> Jobs("j",
                       cl::desc("Files to parse at once (default: one per "
                                "core)"),
                       cl::init(0), cl::sub(scanCommand()),
                       cl::sub(explainCommand()), cl::sub(checkCommand()),
                       cl::cat(scanOptionCategory()));
cl::opt<std::string>
    CacheDirectory("cache-dir",
                   cl::desc("Keep per-file facts here between scans "
                            "(default: BUILD_DIR/.sysprune-cache)"),
                   cl::value_desc("dir"), cl::sub(scanCommand()),
                   cl::sub(explainCommand()), cl::sub(checkCommand()),
                   cl::cat(scanOptionCategory()));
cl::opt<bool> NoCache("no-cache",
                      cl::desc("Parse every file, and keep nothing"),
                      cl::sub(scanCommand()), cl::sub(explainCommand()),
                      cl::sub(checkCommand()), cl::cat(scanOptionCategory()));
cl::opt<std::string> Binary(
    "binary",
    cl::desc("Scan only the sources linked into this executable (from its "
             "DWARF debug information), when the database holds several "
             "programs"),
    cl::value_desc("program"), cl::sub(scanCommand()),
    cl::sub(explainCommand()), cl::sub(checkCommand()),
    cl::cat(scanOptionCategory()));
cl::opt<std::string> SourcesList(
    "sources",
    cl::desc("Scan only the sources listed in this file, one per line"),
    cl::value_desc("file"), cl::sub(scanCommand()), cl::sub(explainCommand()),
    cl::sub(checkCommand()), cl::cat(scanOptionCategory()));
std::optional<ScannedProgram>
scanMachineCode(const std::vector<std::string> &Only,
                DiagnosticPrinter &Printer) {
  if (!Only.empty() || !SourcesList.empty()) {
    Printer.print({policy::Severity::Error,
                   {},
                   "source files name what to scan in a compilation "
                   "database; give its directory with -p, or drop them to "
                   "read --binary's machine code",
                   ""});
    return std::nullopt;
  }
  if (llvm::sys::fs::exists("compile_commands.json"))
    Printer.print({policy::Severity::Note,
                   {},
                   "reading the program's machine code; to scan its sources, "
                   "give the build directory with -p",
                   ""});
  auto MachineCode = readMachineCodeProgram(Binary, Printer);
  if (!MachineCode)
    return std::nullopt;
  ScannedProgram Program;
  Program.Facts = MachineCode->Facts;
  Program.Libraries = MachineCode->Libraries;
  Program.Inputs.insert(absolutePath(Binary));
  Program.Detail = "machine code of " + std::string(Binary);
  if (!NoCache && !CacheDirectory.empty())
    Program.CacheDirectory = absolutePath(CacheDirectory);
  Program.MachineCode = std::move(MachineCode);
  return Program;
}
} // namespace

llvm::cl::OptionCategory &scanOptionCategory() {
  static llvm::cl::OptionCategory Category("scan options");
  return Category;
}

bool binaryGiven() { return !Binary.empty(); }

std::optional<ScannedProgram> scanBuild(const std::string &Build,
                                        const std::vector<std::string> &Only,
                                        DiagnosticPrinter &Printer) {
  // Without a build directory, the program is read from its machine code.
  if (!Binary.empty() && Build.empty())
    return scanMachineCode(Only, Printer);
  auto Database = loadCompilationDatabase(Build, Printer);
  if (!Database)
    return std::nullopt;
  std::vector<std::string> Requested = Only;
  if (!Binary.empty() || !SourcesList.empty()) {
    if (!Only.empty() || (!Binary.empty() && !SourcesList.empty())) {
      Printer.print({policy::Severity::Error,
                     {},
                     "select the program's sources one way: --binary, "
                     "--sources or file names",
                     ""});
      return std::nullopt;
    }
    auto Selected = Binary.empty()
                        ? sourcesFromList(SourcesList, Printer)
                        : sourcesOfBinary(Binary, *Database, Printer);
    if (!Selected)
      return std::nullopt;
    Requested = std::move(*Selected);
  }
  ScannedProgram Program;
  Program.Sources = selectSources(*Database, Requested, Build, Printer);
  if (Program.Sources.empty())
    return std::nullopt;
  if (!Binary.empty()) {
    auto Libraries = librariesOfBinary(Binary, Printer);
    if (!Libraries)
      return std::nullopt;
    Program.Libraries = std::move(*Libraries);
  }
  // Assembly is not C or C++: what its functions do is read from the object
  // files the build made of it, as a library's is.
  std::vector<std::string> Objects =
      takeAssemblySources(*Database, Program.Sources, Printer);
  Program.Libraries.insert(Program.Libraries.end(), Objects.begin(),
                           Objects.end());
  if (Program.Sources.empty()) {
    Printer.print({policy::Severity::Error,
                   {},
                   "the selected files are all assembly: there is no C or "
                   "C++ source to scan",
                   ""});
    return std::nullopt;
  }

  scan::ProgramScanOptions Options;
  Options.Parse.ExtraArgs.assign(ExtraArgs.begin(), ExtraArgs.end());
  Options.Jobs = Jobs;
  if (!NoCache)
    Options.CacheDirectory = CacheDirectory.empty()
                                 ? absolutePath(Build) + "/.sysprune-cache"
                                 : absolutePath(CacheDirectory);
  Program.CacheDirectory = Options.CacheDirectory;
  scan::ProgramScanResult Scanned =
      scan::scanProgram(*Database, Program.Sources, Options);
  if (!Scanned.Failed.empty()) {
    Printer.print({policy::Severity::Error,
                   {},
                   std::to_string(Scanned.Failed.size()) + " of " +
                       std::to_string(Program.Sources.size()) +
                       " files could not be parsed (see the errors above)",
                   ""});
    return std::nullopt;
  }
  Program.Facts = std::move(Scanned.Facts);
  Program.Inputs = std::move(Scanned.Inputs);
  Program.Detail = countOf(Program.Sources.size(), "file");
  if (Scanned.FromCache)
    Program.Detail += ", " + std::to_string(Scanned.FromCache) + " from cache";
  return Program;
}

} // namespace sysprune::tool
