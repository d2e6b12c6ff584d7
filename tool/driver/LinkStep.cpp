// The options and the work shared by `sysprune scan` (which scans, then
// links) and `sysprune link` (which links facts files from `scan-tu`).

#include "tool/driver/LinkStep.h"

#include "tool/driver/CommandSupport.h"
#include "tool/driver/Commands.h"
#include "tool/driver/CompilationInput.h"
#include "tool/driver/TargetBaselines.h"

#include "policy/binary/LibraryIdentity.h"
#include "policy/binary/LibraryModelOf.h"
#include "policy/binary/LinkedLibraries.h"
#include "policy/binary/ModelBuilder.h"
#include "policy/binary/RuntimeModels.h"
#include "policy/core/DiagnosticIds.h"
#include "policy/diff/PolicyMerge.h"
#include "policy/json/PolicyWriter.h"
#include "policy/library/LibraryModel.h"
#include "policy/library/NameServices.h"
#include "policy/link/ProgramLinker.h"
#include "tool/frontend/TranslationUnitScanner.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Program.h>

#include <deque>

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

/// A program the linked one runs, and why the policy includes it.
struct ChildProgram {
  std::string Path;
  std::string Why;
};

/// The program --runs names: a path as it is, a bare name looked up on
/// PATH as execvp would; nullopt when there is no such file.
std::optional<std::string> programPath(const std::string &Name) {
  if (Name.find('/') != std::string::npos)
    return llvm::sys::fs::exists(Name) ? std::optional(Name) : std::nullopt;
  auto Found = llvm::sys::findProgramByName(Name);
  if (!Found)
    return std::nullopt;
  return *Found;
}

/// What the kernel runs for the file at \p Path: the file itself, or for a
/// script (`#!INTERPRETER [ARG]`) its interpreter, and for `#!/usr/bin/env
/// NAME` env and NAME as found on PATH; the script's own commands are for
/// the user to name. Empty when an interpreter is not there.
std::vector<std::string> programsRunFor(const std::string &Path,
                                        unsigned Depth = 0) {
  auto Head = llvm::MemoryBuffer::getFileSlice(Path, 256, 0);
  if (!Head || !(*Head)->getBuffer().starts_with("#!") || Depth > 3)
    return {Path};
  llvm::StringRef Line = (*Head)->getBuffer().drop_front(2);
  Line = Line.take_until([](char C) { return C == '\n'; }).trim();
  auto [Interpreter, Argument] = Line.split(' ');
  Argument = Argument.trim();
  std::vector<std::string> Programs =
      programsRunFor(Interpreter.str(), Depth + 1);
  if (llvm::sys::path::filename(Interpreter) == "env" && !Argument.empty() &&
      !Argument.starts_with("-"))
    if (auto Found = llvm::sys::findProgramByName(
            Argument.take_until([](char C) { return C == ' '; })))
      for (std::string &P : programsRunFor(*Found, Depth + 1))
        Programs.push_back(std::move(P));
  if (!llvm::sys::fs::exists(Interpreter))
    return {};
  return Programs;
}

/// FILE:LINE, relative to \p Root when under it.
std::string describe(const policy::SourceLocation &Where,
                     const std::string &Root) {
  std::string File = Where.File;
  if (!Root.empty() && llvm::StringRef(File).starts_with(Root + "/"))
    File = File.substr(Root.size() + 1);
  return Where.Line ? File + ":" + std::to_string(Where.Line) : File;
}

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
  policy::LinkOptions Options;
  Hardened = Hardened || HardenedLink;
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
  Options.RunsWith = policy::binary::targetCLibrary(LibcTarget);
  // --lib first: a library named there and also loaded by the program is
  // modelled once.
  std::vector<std::string> ToModel;
  std::set<std::string> Seen;
  // What the analysis could not model: printed, or handed to the caller.
  auto Report = [&](policy::Diagnostic D) {
    if (Unmodelled && (D.Check == policy::diag::Unmodelled ||
                       D.Check == policy::diag::MissingLibrary))
      Unmodelled->push_back(std::move(D));
    else
      Printer.print(D);
  };
  // --lib names the libraries of the program being linked, not of the
  // programs it runs (merged with LinkChildren false): a child's imports
  // resolve through its own libraries only.
  for (const std::string &Name : LinkChildren
                                     ? llvm::ArrayRef<std::string>(Libraries)
                                     : llvm::ArrayRef<std::string>()) {
    auto Path = libraryPath(Name);
    if (!Path) {
      bool Accepted = Options.AllowedUnmodelled.count(Name) != 0;
      Report({Accepted   ? policy::Severity::Note
              : Hardened ? policy::Severity::Error
                         : policy::Severity::Warning,
              {},
              "the library '" + Name +
                  "' is not on the loader's search path here, so calls into "
                  "it are not modelled" +
                  (Accepted ? " (accepted with --allow-unmodelled)"
                            : "; name its file (LIBS in sysprune_harden, --lib "
                              "PATH), install it, or accept that its "
                              "functions make no syscalls with "
                              "ALLOW_UNMODELLED " +
                                  Name + " (--allow-unmodelled)"),
              policy::diag::MissingLibrary});
      if (!Accepted && Hardened && !Unmodelled)
        return std::nullopt;
      continue;
    }
    if (Seen.insert(absolutePath(*Path)).second)
      ToModel.push_back(*Path);
  }
  for (const std::string &Path : ProgramLibraries)
    if (Seen.insert(absolutePath(Path)).second)
      ToModel.push_back(Path);
  std::vector<policy::LibraryModel> Models;
  // Models of libraries are cached by their contents beside the facts.
  const std::string ModelCache =
      CacheDirectory.empty() ? "" : CacheDirectory + "/models";
  auto ModelOf = [&](const std::string &Path) {
    return policy::binary::buildBinaryModelCached(Path, ModelCache,
                                                  scan::toolIdentity());
  };
  for (const std::string &Path : ToModel) {
    auto Binary = ModelOf(Path);
    if (!Binary) {
      Printer.print(
          {policy::Severity::Error,
           {Path, 0, 0},
           "cannot model the library: " + llvm::toString(Binary.takeError()),
           ""});
      return std::nullopt;
    }
    Models.push_back(policy::binary::libraryModelOf(*Binary));
  }
  for (const policy::LibraryModel &M : Models)
    Options.Libraries.push_back(&M);
  // What the hand-checked libc model does not describe, the C library's,
  // loader's and C++ runtime's machine code does.
  std::vector<policy::LibraryModel> RuntimeModels;
  std::optional<std::string> RuntimeError;
  Options.RuntimeLibraries = runtimeLibrariesLoader(
      LibcTarget, ModelCache, RuntimeModels, RuntimeError);
  // The name-service modules glibc loads for the program's lookups, with
  // the libraries they load; one that cannot be modelled stays a warning.
  std::deque<policy::LibraryModel> LoadedModules;
  Options.ModelLibrary = [&](const std::string &Path) {
    std::vector<const policy::LibraryModel *> Out;
    std::vector<std::string> Paths{Path};
    if (auto Linked = policy::binary::findLinkedLibraries(Path))
      Paths.insert(Paths.end(), Linked->ToModel.begin(), Linked->ToModel.end());
    else
      llvm::consumeError(Linked.takeError());
    for (const std::string &P : Paths) {
      auto Binary = ModelOf(P);
      if (!Binary) {
        // The module itself: not modelled (a warning); a library it loads:
        // its functions are reported as unmodelled where the module calls
        // them.
        llvm::consumeError(Binary.takeError());
        if (Out.empty())
          return Out;
        continue;
      }
      Out.push_back(
          &LoadedModules.emplace_back(policy::binary::libraryModelOf(*Binary)));
    }
    return Out;
  };
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
  policy::NameServiceConfig NameServices =
      policy::NameServiceConfig::read(NsswitchPath);
  Options.NameServices = &NameServices;
  policy::LinkResult Linked =
      policy::linkProgram(Facts, policy::LibraryModel::builtinLibc(), Options);
  if (RuntimeError)
    Linked.Diags.push_back(
        {policy::Severity::Error,
         {},
         "cannot model the runtime libraries: " + *RuntimeError,
         ""});
  // The programs it runs inherit its filter: those the user names, and
  // the shell that system() and popen() run.
  std::vector<ChildProgram> Children;
  if (LinkChildren) {
    for (const std::string &Name : Runs) {
      auto Path = programPath(Name);
      if (!Path) {
        Printer.print({policy::Severity::Error,
                       {},
                       "--runs " + Name +
                           ": no such program (neither a path to a file nor "
                           "a name found on PATH)",
                       ""});
        return std::nullopt;
      }
      Children.push_back({*Path, "named with --runs"});
    }
    for (const auto &[Program, Site] : Linked.Runs) {
      std::string Why = "run by '" + Site.second + "' at " +
                        describe(Site.first, Options.Root);
      if (auto Path = programPath(Program)) {
        Children.push_back({*Path, Why});
        continue;
      }
      Linked.Diags.push_back(
          {policy::Severity::Warning, Site.first,
           "'" + Site.second + "' runs '" + Program + "', which is not " +
               (Program.find('/') == std::string::npos ? "on PATH" : "there") +
               " here, so what it does is not in the policy; name the "
               "program it will be with --runs (RUNS in sysprune_harden)",
           policy::diag::RunNotFound});
    }
  }
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
    Report(std::move(D));
  }
  Linked.Diags.clear();
  if (Printer.errors())
    return std::nullopt;
  if (Children.empty())
    return Linked;

  // Each child's policy, from its machine code, merged: every process of
  // the family passes the one filter.
  std::vector<policy::MergeInput> Inputs{
      {MachineCode ? MachineCode->Entry : std::string("the program"),
       std::move(Linked.Result)}};
  std::set<std::string> Merged;
  Printer.setHideNotes(true);
  std::vector<ChildProgram> Executed;
  for (const ChildProgram &C : Children) {
    std::vector<std::string> Programs = programsRunFor(C.Path);
    if (Programs.empty()) {
      Printer.setHideNotes(false);
      Printer.print({policy::Severity::Error,
                     {C.Path, 0, 0},
                     "the script's interpreter is not there (" + C.Why + ")",
                     ""});
      return std::nullopt;
    }
    for (const std::string &P : Programs)
      Executed.push_back(
          {P, P == C.Path ? C.Why : "running " + C.Path + ", " + C.Why});
  }
  for (const ChildProgram &C : Executed) {
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
          Child->Facts, {}, true, Printer, Child->Libraries, CacheDirectory,
          Hardened, Unmodelled, &*Child, /*LinkChildren=*/false);
    if (!ChildLinked) {
      Printer.setHideNotes(false);
      return std::nullopt;
    }
    Inputs.push_back(
        {C.Path + " (" + C.Why + ")", std::move(ChildLinked->Result)});
  }
  Printer.setHideNotes(false);
  policy::MergeResult Union = policy::mergePolicies(Inputs, ToolVersion);
  if (!Union.Value) {
    Printer.print(Union.Diags);
    return std::nullopt;
  }
  Linked.Result = std::move(*Union.Value);
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
