// `sysprune scan`: runs the fact collector over the translation units of a
// compilation database, links the facts into a whole-program policy and
// writes it.

#include "CommandSupport.h"
#include "Commands.h"
#include "scan/FactCollector.h"

#include "policy/LibraryModel.h"
#include "policy/PolicyJson.h"
#include "policy/ProgramLinker.h"

#include <clang/Tooling/ArgumentsAdjusters.h>
#include <clang/Tooling/CompilationDatabase.h>
#include <clang/Tooling/JSONCompilationDatabase.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/WithColor.h>

#include <set>

namespace sysprune::tool {

llvm::cl::SubCommand
    ScanCommand("scan",
                "Derive a seccomp policy from the sources in a compilation "
                "database");

namespace {
namespace cl = llvm::cl;

cl::OptionCategory ScanCategory("scan options");

cl::opt<std::string>
    BuildPath("p", cl::desc("Build directory holding compile_commands.json"),
              cl::value_desc("build-dir"), cl::Required, cl::sub(ScanCommand),
              cl::cat(ScanCategory));
cl::opt<std::string> OutputPath("o",
                                cl::desc("Write the policy here (default: "
                                         "standard output)"),
                                cl::value_desc("policy.json"),
                                cl::sub(ScanCommand), cl::cat(ScanCategory));
cl::list<std::string>
    Entries("entry",
            cl::desc("Function where execution starts (default: main); "
                     "repeatable"),
            cl::value_desc("name"), cl::sub(ScanCommand),
            cl::cat(ScanCategory));
cl::opt<std::string> Root("root",
                          cl::desc("Write source paths relative to this "
                                   "directory (default: the common "
                                   "directory of the scanned files)"),
                          cl::value_desc("dir"), cl::sub(ScanCommand),
                          cl::cat(ScanCategory));
cl::list<std::string> ExtraArgs("extra-arg",
                                cl::desc("Append this argument to every "
                                         "compile command"),
                                cl::value_desc("arg"), cl::sub(ScanCommand),
                                cl::cat(ScanCategory));
cl::opt<bool> Strict("strict",
                     cl::desc("Treat warnings (anything the analysis could "
                              "not resolve) as errors"),
                     cl::sub(ScanCommand), cl::cat(ScanCategory));
cl::opt<std::string> DepfilePath(
    "depfile",
    cl::desc("Also write a Makefile-style depfile naming every file the "
             "scan read, for build systems (needs -o)"),
    cl::value_desc("file.d"), cl::sub(ScanCommand), cl::cat(ScanCategory));
cl::list<std::string> Files(cl::Positional,
                            cl::desc("[files...] (default: every file in the "
                                     "database)"),
                            cl::sub(ScanCommand), cl::cat(ScanCategory));

std::string absolute(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return Abs.str().str();
}

/// The deepest directory containing every file in \p Paths.
std::string commonDirectory(const std::vector<std::string> &Paths) {
  if (Paths.empty())
    return "";
  std::string Common = llvm::sys::path::parent_path(Paths.front()).str();
  for (const std::string &P : Paths)
    while (!Common.empty() && !llvm::StringRef(P).starts_with(Common + "/"))
      Common = llvm::sys::path::parent_path(Common).str();
  return Common;
}

/// `target: dep dep ...` with Make's escaping of spaces.
std::string makeDepfile(const std::string &Target,
                        const std::set<std::string> &Inputs) {
  auto Escape = [](const std::string &Path) {
    std::string Out;
    for (char C : Path) {
      if (C == ' ' || C == '#')
        Out += '\\';
      if (C == '$')
        Out += '$';
      Out += C;
    }
    return Out;
  };
  std::string Out = Escape(Target) + ":";
  for (const std::string &Input : Inputs)
    Out += " \\\n  " + Escape(Input);
  return Out + "\n";
}

std::unique_ptr<clang::tooling::CompilationDatabase>
loadDatabase(DiagnosticPrinter &Printer) {
  std::string Dir = BuildPath;
  if (llvm::sys::path::filename(Dir) == "compile_commands.json")
    Dir = llvm::sys::path::parent_path(Dir).str();
  std::string File = Dir + "/compile_commands.json";
  if (!llvm::sys::fs::exists(File)) {
    Printer.print({policy::Severity::Error,
                   {},
                   "no compile_commands.json in '" + Dir +
                       "'; configure the build with "
                       "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON (or use bear)",
                   ""});
    return nullptr;
  }
  std::string Error;
  auto DB = clang::tooling::JSONCompilationDatabase::loadFromFile(
      File, Error, clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!DB)
    Printer.print({policy::Severity::Error,
                   {File, 0, 0},
                   "cannot read the compilation database: " + Error,
                   ""});
  return DB;
}
} // namespace

int runScan() {
  DiagnosticPrinter Printer(llvm::errs(), "sysprune scan");
  if (!DepfilePath.empty() && OutputPath.empty()) {
    Printer.print({policy::Severity::Error,
                   {},
                   "--depfile needs -o: a depfile names the file it is for",
                   ""});
    return 1;
  }
  auto DB = loadDatabase(Printer);
  if (!DB)
    return 1;

  std::vector<std::string> Sources;
  if (Files.empty()) {
    Sources = DB->getAllFiles();
  } else {
    for (const std::string &F : Files) {
      std::string Path = absolute(F);
      if (DB->getCompileCommands(Path).empty()) {
        Printer.print({policy::Severity::Error,
                       {},
                       "no compile command for '" + F + "' in " + BuildPath +
                           "/compile_commands.json",
                       ""});
        return 1;
      }
      Sources.push_back(Path);
    }
  }
  std::sort(Sources.begin(), Sources.end());
  Sources.erase(std::unique(Sources.begin(), Sources.end()), Sources.end());
  if (Sources.empty()) {
    Printer.print({policy::Severity::Error,
                   {},
                   "the compilation database lists no files",
                   ""});
    return 1;
  }

  // One ClangTool per file: the facts of each TU are independent, and it
  // keeps ClangTool's per-file progress lines out of build logs.
  policy::ProgramFacts Facts;
  std::set<std::string> InputFiles;
  auto Factory = scan::newFactCollectorFactory(Facts, InputFiles);
  unsigned Failed = 0;
  for (const std::string &Source : Sources) {
    clang::tooling::ClangTool Tool(*DB, {Source});
    // The compile commands may come from GCC; parse them with clang's own
    // builtin headers and without complaining about GCC-only flags.
    Tool.appendArgumentsAdjuster(clang::tooling::getInsertArgumentAdjuster(
        {"-resource-dir", SYSPRUNE_CLANG_RESOURCE_DIR,
         "-Wno-unknown-warning-option", "-Qunused-arguments"},
        clang::tooling::ArgumentInsertPosition::END));
    if (!ExtraArgs.empty())
      Tool.appendArgumentsAdjuster(clang::tooling::getInsertArgumentAdjuster(
          std::vector<std::string>(ExtraArgs.begin(), ExtraArgs.end()),
          clang::tooling::ArgumentInsertPosition::END));
    if (Tool.run(Factory.get()) != 0)
      ++Failed;
  }
  if (Failed) {
    Printer.print({policy::Severity::Error,
                   {},
                   std::to_string(Failed) + " of " +
                       std::to_string(Sources.size()) +
                       " files could not be parsed (see the errors above); "
                       "no policy was written",
                   ""});
    return 1;
  }

  policy::LinkOptions Options;
  if (!Entries.empty())
    Options.Entries.assign(Entries.begin(), Entries.end());
  Options.Root = Root.empty() ? commonDirectory(Sources) : absolute(Root);
  Options.ToolVersion = ToolVersion;
  policy::LinkResult Linked =
      policy::linkProgram(Facts, policy::LibraryModel::builtinLibc(), Options);
  for (policy::Diagnostic &D : Linked.Diags)
    if (Strict && D.Level == policy::Severity::Warning)
      D.Level = policy::Severity::Error;
  Printer.print(Linked.Diags);
  if (Printer.errors()) {
    llvm::errs() << "sysprune scan: no policy was written\n";
    return 1;
  }

  if (!writeOutput(OutputPath, policy::writePolicy(Linked.Result), "policy",
                   Printer))
    return 1;
  if (!DepfilePath.empty() &&
      !writeOutput(DepfilePath, makeDepfile(OutputPath, InputFiles), "depfile",
                   Printer))
    return 1;
  llvm::errs() << "sysprune scan: "
               << (OutputPath.empty() ? "<stdout>" : OutputPath.getValue())
               << ": " << Linked.Result.allowedSyscalls().size()
               << " syscalls allowed (" << Linked.Sites << " sites, "
               << Linked.ReachableFunctions << " reachable functions, "
               << Sources.size() << " files)";
  if (Printer.warnings())
    llvm::errs() << ", " << Printer.warnings() << " warnings";
  llvm::errs() << "\n";
  return 0;
}

} // namespace sysprune::tool
