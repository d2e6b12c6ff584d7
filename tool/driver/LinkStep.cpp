// The options and the work shared by `sysprune scan` (which scans, then
// links) and `sysprune link` (which links facts files from `scan-tu`).

#include "tool/driver/LinkStep.h"

#include "tool/driver/ChildPrograms.h"
#include "tool/driver/CommandSupport.h"
#include "tool/driver/Commands.h"
#include "tool/driver/CompilationInput.h"
#include "tool/driver/LinkModels.h"

#include "policy/binary/LibraryIdentity.h"
#include "policy/binary/LinkedLibraries.h"
#include "policy/binary/RuntimeModels.h"
#include "policy/core/DiagnosticIds.h"
#include "policy/diff/PolicyMerge.h"
#include "policy/json/PolicyWriter.h"
#include "policy/library/LibraryModel.h"
#include "policy/library/NameServices.h"
#include "policy/link/ProgramLinker.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

namespace sysprune::tool {

namespace {
namespace cl = llvm::cl;

cl::OptionCategory LinkCategory("link options");

cl::opt<std::string> OutputPath("o",
                                cl::desc("Write the policy here (default: "
                                         "standard output)"),
                                cl::value_desc("policy.json"),
                                cl::sub(scanCommand()), cl::sub(linkCommand()),
                                cl::cat(LinkCategory));
cl::list<std::string>
    Entries("entry",
            cl::desc("Function where execution starts (default: main); "
                     "repeatable"),
            cl::value_desc("name"), cl::sub(scanCommand()),
            cl::sub(linkCommand()), cl::sub(explainCommand()),
            cl::sub(checkCommand()), cl::cat(LinkCategory));
cl::opt<std::string> Root("root",
                          cl::desc("Write source paths relative to this "
                                   "directory (default: the common "
                                   "directory of the scanned files)"),
                          cl::value_desc("dir"), cl::sub(scanCommand()),
                          cl::sub(linkCommand()), cl::sub(explainCommand()),
                          cl::sub(checkCommand()), cl::cat(LinkCategory));
cl::list<std::string> Libraries(
    "lib",
    cl::desc("Model this shared library from its machine code and use it "
             "for the functions it exports (repeatable)"),
    cl::value_desc("library.so"), cl::sub(scanCommand()),
    cl::sub(linkCommand()), cl::sub(explainCommand()), cl::sub(checkCommand()),
    cl::cat(LinkCategory));
cl::opt<bool> Library("library",
                      cl::desc("Every externally visible function is an "
                               "entry point (a library, not a program)"),
                      cl::sub(scanCommand()), cl::sub(linkCommand()),
                      cl::sub(explainCommand()), cl::sub(checkCommand()),
                      cl::cat(LinkCategory));
cl::opt<std::string> NsswitchPath(
    "nsswitch",
    cl::desc("The name-service configuration the program will run with, to "
             "report which services its lookups load (default: "
             "/etc/nsswitch.conf)"),
    cl::value_desc("nsswitch.conf"), cl::init("/etc/nsswitch.conf"),
    cl::sub(scanCommand()), cl::sub(linkCommand()), cl::sub(explainCommand()),
    cl::sub(checkCommand()), cl::cat(LinkCategory));
cl::opt<bool> Strict("strict",
                     cl::desc("Treat warnings (anything the analysis could "
                              "not resolve) as errors"),
                     cl::sub(scanCommand()), cl::sub(linkCommand()),
                     cl::sub(checkCommand()), cl::cat(LinkCategory));
cl::opt<bool> HardenedLink(
    "hardened",
    cl::desc("The program enforces the policy on itself (sysprune_harden "
             "passes this): a call no model describes, or a library that "
             "cannot be found, is an error"),
    cl::sub(scanCommand()), cl::sub(linkCommand()), cl::cat(LinkCategory));
cl::list<std::string> AllowUnmodelled(
    "allow-unmodelled",
    cl::desc("Accept that this function (or library, named as with --lib) "
             "makes no syscalls, though no model describes it (repeatable)"),
    cl::value_desc("name"), cl::sub(scanCommand()), cl::sub(linkCommand()),
    cl::sub(checkCommand()), cl::cat(LinkCategory));
cl::opt<std::string> DepfilePath(
    "depfile",
    cl::desc("Also write a Makefile-style depfile naming every file the "
             "scan read, for build systems (needs -o)"),
    cl::value_desc("file.d"), cl::sub(scanCommand()), cl::sub(linkCommand()),
    cl::cat(LinkCategory));

cl::list<std::string> Runs(
    "runs",
    cl::desc("The program runs this program too (a path, or a name looked "
             "up on PATH): the policy includes what it does, read from its "
             "machine code (repeatable)"),
    cl::value_desc("program"), cl::sub(scanCommand()), cl::sub(linkCommand()),
    cl::sub(explainCommand()), cl::sub(checkCommand()), cl::cat(LinkCategory));

cl::opt<policy::binary::RuntimeTarget> LibcTarget(
    "libc",
    cl::desc("The C library (with its loader and C++ runtime) the program "
             "will run with, which the policy is for"),
    cl::values(
        clEnumValN(policy::binary::RuntimeTarget::Installed, "auto",
                   "the one installed here (default)"),
        clEnumValN(policy::binary::RuntimeTarget::Debian12, "debian-12",
                   "Debian 12's (glibc 2.36), whatever is installed here"),
        clEnumValN(policy::binary::RuntimeTarget::Portable, "portable",
                   "any of Debian 11's, 12's, 13's and unstable's: per "
                   "function, what any of them does")),
    cl::init(policy::binary::RuntimeTarget::Installed), cl::sub(scanCommand()),
    cl::sub(linkCommand()), cl::sub(explainCommand()), cl::sub(checkCommand()),
    cl::cat(LinkCategory));

/// The path of the library --lib names: a path as it is, or a bare name
/// (`z`, as a linker's -lz) looked up as libNAME.so on the loader's search
/// path; nullopt when no such library is there.
std::optional<std::string> libraryPath(const std::string &Name) {
  if (Name.find('/') != std::string::npos || llvm::sys::fs::exists(Name))
    return Name;
  std::string File =
      llvm::StringRef(Name).starts_with("lib") ? Name : "lib" + Name;
  if (!llvm::StringRef(File).contains(".so"))
    File += ".so";
  return policy::binary::findSystemLibrary(File);
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

/// Where a link's diagnostics go: what the analysis could not model is
/// handed to the caller when it asks for it, everything else is printed.
struct DiagnosticSink {
  DiagnosticPrinter &Printer;
  std::vector<policy::Diagnostic> *Unmodelled;

  void report(policy::Diagnostic D) const {
    if (Unmodelled && (D.Check == policy::diag::Unmodelled ||
                       D.Check == policy::diag::MissingLibrary))
      Unmodelled->push_back(std::move(D));
    else
      Printer.print(D);
  }
};

/// The link options the command line gives (--entry, --library, --root,
/// --allow-unmodelled, --libc), for the program's own code or, with
/// \p MachineCode, for its whole run.
policy::LinkOptions linkOptions(const std::vector<std::string> &Sources,
                                bool KeepAbsolutePaths, bool Hardened,
                                const MachineCodeProgram *MachineCode) {
  policy::LinkOptions Options;
  Options.UnmodelledIsError = Hardened;
  Options.Hardened = Hardened;
  Options.AllowedUnmodelled.insert(AllowUnmodelled.begin(),
                                   AllowUnmodelled.end());
  if (!Entries.empty())
    Options.Entries.assign(Entries.begin(), Entries.end());
  Options.Library = Library;
  if (MachineCode) {
    // From execve on: what the loader and the C library's start-up do too.
    Options.Entries = {MachineCode->Entry};
    Options.Library = false;
    Options.Baselines = {"loader", "runtime"};
    Options.Program = &MachineCode->Model;
  }
  if (!KeepAbsolutePaths)
    Options.Root = Root.empty() ? commonDirectory(Sources) : absolutePath(Root);
  Options.ToolVersion = ToolVersion;
  // The C library the program will run with, which the policy is for.
  Options.RunsWith = policy::binary::targetCLibrary(LibcTarget);
  return Options;
}

/// The files of the libraries to model: those --lib names (reporting one
/// that is not there), then \p ProgramLibraries, each once. nullopt when a
/// missing library is an error that ends the link.
std::optional<std::vector<std::string>>
librariesToModel(const std::set<std::string> &AllowedUnmodelled,
                 const std::vector<std::string> &ProgramLibraries,
                 bool LinkChildren, bool Hardened, const DiagnosticSink &Sink) {
  // --lib first: a library named there and also loaded by the program is
  // modelled once.
  std::vector<std::string> ToModel;
  std::set<std::string> Seen;
  // --lib names the libraries of the program being linked, not of the
  // programs it runs (merged with LinkChildren false): a child's imports
  // resolve through its own libraries only.
  for (const std::string &Name : LinkChildren
                                     ? llvm::ArrayRef<std::string>(Libraries)
                                     : llvm::ArrayRef<std::string>()) {
    auto Path = libraryPath(Name);
    if (!Path) {
      bool Accepted = AllowedUnmodelled.count(Name) != 0;
      Sink.report(
          {Accepted   ? policy::Severity::Note
           : Hardened ? policy::Severity::Error
                      : policy::Severity::Warning,
           {},
           "the library '" + Name +
               "' is not on the loader's search path here, so calls "
               "into it are not modelled" +
               (Accepted ? " (accepted with --allow-unmodelled)"
                         : "; name its file (LIBS in sysprune_harden, --lib "
                           "PATH), install it, or accept that its "
                           "functions make no syscalls with "
                           "ALLOW_UNMODELLED " +
                               Name + " (--allow-unmodelled)"),
           policy::diag::MissingLibrary});
      if (!Accepted && Hardened && !Sink.Unmodelled)
        return std::nullopt;
      continue;
    }
    if (Seen.insert(absolutePath(*Path)).second)
      ToModel.push_back(*Path);
  }
  for (const std::string &Path : ProgramLibraries)
    if (Seen.insert(absolutePath(Path)).second)
      ToModel.push_back(Path);
  return ToModel;
}

/// The name-service configuration (--nsswitch); nullopt, with the error
/// printed, when the file given cannot be read.
std::optional<policy::NameServiceConfig>
readNameServices(DiagnosticPrinter &Printer) {
  // A machine without the file uses glibc's defaults; a file named on the
  // command line must be there.
  if (NsswitchPath.getNumOccurrences() &&
      !llvm::sys::fs::is_regular_file(NsswitchPath)) {
    Printer.print({policy::Severity::Error,
                   {NsswitchPath, 0, 0},
                   "cannot read the name-service configuration given with "
                   "--nsswitch",
                   ""});
    return std::nullopt;
  }
  return policy::NameServiceConfig::read(NsswitchPath);
}

/// Links \p Facts against the C library's model and \p Models; the
/// diagnostics are in the result, not printed yet.
policy::LinkResult linkAgainst(const policy::ProgramFacts &Facts,
                               const policy::LinkOptions &Options,
                               const LinkModels &Models) {
  policy::LinkResult Linked =
      policy::linkProgram(Facts, policy::LibraryModel::builtinLibc(), Options);
  if (Models.RuntimeError)
    Linked.Diags.push_back(
        {policy::Severity::Error,
         {},
         "cannot model the runtime libraries: " + *Models.RuntimeError,
         ""});
  return Linked;
}

/// Reports the diagnostics of the link, and empties them: a run of other
/// programs names \p Children, and --strict makes warnings errors.
void reportLinkDiagnostics(policy::LinkResult &Linked,
                           const std::vector<ChildProgram> &Children,
                           bool LinkChildren, const DiagnosticSink &Sink) {
  for (policy::Diagnostic &D : Linked.Diags) {
    if (D.Check == policy::diag::Exec) {
      // A program merged into another says nothing of its own children:
      // the user names them all for the program being hardened.
      if (!LinkChildren)
        continue;
      if (!Children.empty()) {
        std::string Names;
        for (const ChildProgram &C : Children)
          Names += (Names.empty() ? "" : ", ") + C.Path;
        // Where the source does not name a program, the user may have.
        if (!Runs.empty())
          D.Level = policy::Severity::Note;
        D.Message = "the program runs other programs here; the policy "
                    "includes what " +
                    Names +
                    " can do; a program it runs that is not among them "
                    "inherits a filter that may kill it: name it with "
                    "--runs (RUNS in sysprune_harden)";
      }
    }
    if (Strict && D.Level == policy::Severity::Warning)
      D.Level = policy::Severity::Error;
    Sink.report(std::move(D));
  }
  Linked.Diags.clear();
}

/// What a link passes on to the links of the programs it runs: the cache
/// of models, whether the program is hardened, and where what the analysis
/// could not model goes.
struct ChildLinkSettings {
  const std::string &CacheDirectory;
  bool Hardened;
  std::vector<policy::Diagnostic> *Unmodelled;
};

/// Merges into \p Linked's policy each child's policy, from its machine
/// code: every process of the family passes the one filter. \p Program
/// names the linked program among the merged inputs. false, with the
/// errors printed, when a child cannot be linked or the policies merged.
bool mergeChildPrograms(policy::LinkResult &Linked, const std::string &Program,
                        const std::vector<ChildProgram> &Children,
                        const ChildLinkSettings &Settings,
                        DiagnosticPrinter &Printer) {
  std::vector<policy::MergeInput> Inputs{{Program, std::move(Linked.Result)}};
  std::set<std::string> Merged;
  auto Executed = programsExecuted(Children, Printer);
  if (!Executed)
    return false;
  // Of a program merged in, only its warnings and errors are shown.
  Printer.setHideNotes(true);
  for (const ChildProgram &C : *Executed) {
    // One file under two names (/bin/sh, /usr/bin/sh) is one program.
    llvm::SmallString<256> Real;
    if (llvm::sys::fs::real_path(C.Path, Real))
      Real = absolutePath(C.Path);
    if (!Merged.insert(std::string(Real)).second)
      continue;
    auto Child = readMachineCodeProgram(C.Path, Printer);
    std::optional<policy::LinkResult> ChildLinked;
    if (Child)
      ChildLinked = linkFromCommandLine(
          Child->Facts, {}, true, Printer, Child->Libraries,
          Settings.CacheDirectory, Settings.Hardened, Settings.Unmodelled,
          &*Child, /*LinkChildren=*/false);
    if (!ChildLinked) {
      Printer.setHideNotes(false);
      return false;
    }
    Inputs.push_back(
        {C.Path + " (" + C.Why + ")", std::move(ChildLinked->Result)});
  }
  Printer.setHideNotes(false);
  policy::MergeResult Union = policy::mergePolicies(Inputs, ToolVersion);
  if (!Union.Value) {
    Printer.print(Union.Diags);
    return false;
  }
  Linked.Result = std::move(*Union.Value);
  return true;
}
} // namespace

const std::string &rootOption() { return Root.getValue(); }

bool checkLinkOptions(DiagnosticPrinter &Printer) {
  if (!DepfilePath.empty() && OutputPath.empty()) {
    Printer.print({policy::Severity::Error,
                   {},
                   "--depfile needs -o: a depfile names the file it is for",
                   ""});
    return false;
  }
  return true;
}

std::optional<policy::LinkResult>
linkFromCommandLine(const policy::ProgramFacts &Facts,
                    const std::vector<std::string> &Sources,
                    bool KeepAbsolutePaths, DiagnosticPrinter &Printer,
                    const std::vector<std::string> &ProgramLibraries,
                    const std::string &CacheDirectory, bool Hardened,
                    std::vector<policy::Diagnostic> *Unmodelled,
                    const MachineCodeProgram *MachineCode, bool LinkChildren) {
  Hardened = Hardened || HardenedLink;
  policy::LinkOptions Options =
      linkOptions(Sources, KeepAbsolutePaths, Hardened, MachineCode);
  // What the analysis could not model: printed, or handed to the caller.
  const DiagnosticSink Sink{Printer, Unmodelled};
  auto ToModel = librariesToModel(Options.AllowedUnmodelled, ProgramLibraries,
                                  LinkChildren, Hardened, Sink);
  if (!ToModel)
    return std::nullopt;

  // Models of libraries are cached by their contents beside the facts.
  const std::string ModelCache =
      CacheDirectory.empty() ? "" : CacheDirectory + "/models";
  LinkModels Models;
  if (!loadLinkModels(*ToModel, LibcTarget, ModelCache, Printer, Models,
                      Options))
    return std::nullopt;
  auto NameServices = readNameServices(Printer);
  if (!NameServices)
    return std::nullopt;
  Models.NameServices = std::move(*NameServices);
  Options.NameServices = &Models.NameServices;

  policy::LinkResult Linked = linkAgainst(Facts, Options, Models);
  std::vector<ChildProgram> Children;
  if (LinkChildren) {
    auto Named = childPrograms(Runs, Linked, Options.Root, Printer);
    if (!Named)
      return std::nullopt;
    Children = std::move(*Named);
  }
  reportLinkDiagnostics(Linked, Children, LinkChildren, Sink);
  if (Printer.errors())
    return std::nullopt;
  if (Children.empty())
    return Linked;

  const std::string Program =
      MachineCode ? MachineCode->Entry : std::string("the program");
  if (!mergeChildPrograms(Linked, Program, Children,
                          {CacheDirectory, Hardened, Unmodelled}, Printer))
    return std::nullopt;
  return Linked;
}

int linkAndWritePolicy(const policy::ProgramFacts &Facts,
                       const std::vector<std::string> &Sources,
                       const std::set<std::string> &Inputs,
                       const std::string &SummaryDetail,
                       DiagnosticPrinter &Printer,
                       const std::vector<std::string> &ProgramLibraries,
                       const std::string &CacheDirectory,
                       const MachineCodeProgram *MachineCode) {
  auto Result = linkFromCommandLine(Facts, Sources, MachineCode != nullptr,
                                    Printer, ProgramLibraries, CacheDirectory,
                                    false, nullptr, MachineCode);
  if (!Result) {
    llvm::errs() << Printer.program() << ": no policy was written\n";
    return 1;
  }
  const policy::LinkResult &Linked = *Result;
  if (!writeOutput(OutputPath, policy::writePolicy(Linked.Result), "policy",
                   Printer))
    return 1;
  if (!DepfilePath.empty() &&
      !writeOutput(DepfilePath, makeDepfile(OutputPath, Inputs), "depfile",
                   Printer))
    return 1;
  llvm::errs() << Printer.program() << ": "
               << (OutputPath.empty() ? "<stdout>" : OutputPath.getValue())
               << ": "
               << countOf(Linked.Result.allowedSyscalls().size(), "syscall")
               << " allowed (" << countOf(Linked.Sites, "site") << ", "
               << countOf(Linked.ReachableFunctions, "reachable function")
               << ", " << SummaryDetail << ")";
  if (Printer.warnings())
    llvm::errs() << ", " << countOf(Printer.warnings(), "warning");
  llvm::errs() << "\n";
  return 0;
}

} // namespace sysprune::tool
