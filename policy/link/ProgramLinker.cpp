// The link step: merged facts -> call graph -> what is reachable -> the
// syscalls reachable code makes, with argument rules and provenance.

#include "policy/link/ProgramLinker.h"

#include "policy/binary/LinkedLibraries.h"
#include "policy/binary/ModelBuilder.h"
#include "policy/core/SyscallTable.h"
#include "policy/library/NameServices.h"
#include "policy/library/ProgramRuns.h"
#include "policy/link/ArgumentRules.h"
#include "policy/link/ArgumentValues.h"
#include "policy/link/CallGraph.h"

#include <llvm/ADT/STLExtras.h>
#include <llvm/Demangle/Demangle.h>

#include <algorithm>
#include <set>
#include <tuple>

namespace sysprune::policy {

namespace {
/// Whether \p S's model passes some of the calling function's arguments on
/// to the syscall.
bool passesCallerArguments(const ModelSyscall &S) {
  return S.ArgumentMap &&
         llvm::any_of(*S.ArgumentMap, [](const ModelArgument &A) {
           return A.What == ModelArgument::Kind::FromArgument;
         });
}

/// The syscall's arguments as \p S's model gives them for \p Call; nullopt
/// when the model does not say, or when it passes the caller's arguments on
/// and those are not known (a call through a pointer may pass anything).
/// Constants the model gives hold however the function is reached (a
/// destructor's implicit call, say).
std::optional<std::vector<ArgValue>> argumentsOf(const ModelSyscall &S,
                                                 const CallFact &Call) {
  if (!S.ArgumentMap ||
      (passesCallerArguments(S) && Call.Kind != CallKind::Direct))
    return std::nullopt;
  std::vector<ArgValue> Args;
  for (const ModelArgument &From : *S.ArgumentMap) {
    if (From.What == ModelArgument::Kind::Constant)
      Args.push_back(ArgValue::constant(From.Value));
    else if (From.What == ModelArgument::Kind::FromArgument &&
             From.Value < Call.Args.size())
      Args.push_back(Call.Args[From.Value]);
    else
      Args.push_back({});
  }
  return Args;
}

/// A linkage name as people write it: C++ symbols demangled.
std::string displayName(const std::string &LinkageName) {
  return llvm::demangle(LinkageName);
}

std::string relativeTo(const std::string &Path, const std::string &Root) {
  if (Root.empty())
    return Path;
  std::string Prefix = Root.back() == '/' ? Root : Root + "/";
  if (Path.compare(0, Prefix.size(), Prefix) == 0)
    return Path.substr(Prefix.size());
  return Path;
}

/// Collects, per syscall, every use reachable code makes.
class UseCollector {
public:
  UseCollector(const CallGraph &Graph, const LibraryModel &Libc,
               const LinkOptions &Options, Diagnostics &Diags)
      : Graph(Graph), Libc(Libc), Options(Options), Diags(Diags),
        LibcChecked(!Options.RunsWith ||
                    Libc.checkedAgainst(Options.RunsWith->Release)) {}

  void collect(const FunctionFacts &F);
  void addBaseline(const std::string &Baseline);

  /// The model that describes \p LinkageName and its syscalls: the other
  /// libraries' models first, then the C library's hand-checked one
  /// (exactly, then by the prefix of the demangled name), then the runtime
  /// libraries' machine code. For a C library release the hand-checked
  /// model was not checked against, the machine code comes first (see
  /// linkProgram).
  std::pair<const LibraryModel *, const std::vector<ModelSyscall> *>
  lookup(const std::string &LinkageName) const {
    for (const LibraryModel *M : Options.Libraries)
      if (auto *S = M->syscallsOf(LinkageName))
        return {M, S};
    for (const LibraryModel *M : LoadedLibraries)
      if (auto *S = M->syscallsOf(LinkageName))
        return {M, S};
    if (LibcChecked) {
      if (auto *S = Libc.syscallsOf(LinkageName))
        return {&Libc, S};
      if (auto *S = Libc.syscallsOfPrefix(displayName(LinkageName)))
        return {&Libc, S};
    }
    for (const LibraryModel *M : runtimeLibraries())
      if (auto *S = M->syscallsOf(LinkageName)) {
        if (!LibcChecked)
          if (auto *Checked = Libc.syscallsOf(LinkageName);
              Checked && agreesWithMachineCode(*M, LinkageName, *S, *Checked))
            return {&Libc, &adapted(LinkageName, *Checked, false)};
        if (!llvm::is_contained(RuntimeLibrariesUsed, M))
          RuntimeLibrariesUsed.push_back(M);
        return {M, S};
      }
    if (!LibcChecked) {
      if (auto *S = Libc.syscallsOf(LinkageName))
        return {&Libc, &adapted(LinkageName, *S, true)};
      if (auto *S = Libc.syscallsOfPrefix(displayName(LinkageName)))
        return {&Libc, &adapted(LinkageName, *S, true)};
    }
    return {nullptr, nullptr};
  }

  /// The runtime libraries' models, loaded the first time they are needed.
  const std::vector<const LibraryModel *> &runtimeLibraries() const {
    if (!RuntimeLibrariesLoaded && Options.RuntimeLibraries) {
      RuntimeLibraries = Options.RuntimeLibraries();
      RuntimeLibrariesLoaded = true;
    }
    return RuntimeLibraries;
  }

  /// Whether \p Model is the C library's: its hand-checked model, or the
  /// machine code of the C library the program runs with.
  bool isCLibrary(const LibraryModel *Model) const {
    return Model == &Libc || (Model && Options.RunsWith &&
                              Model->name() == Options.RunsWith->Soname);
  }

  /// The hand-checked model holds for the C library the program runs with.
  bool libcChecked() const { return LibcChecked; }

  /// Whether \p Function may run programs as far as the hand-checked model
  /// knows: it lists execve for it, or does not describe it.
  bool runsProgramsAsChecked(const std::string &Function) const {
    const auto *Checked = Libc.syscallsOf(Function);
    if (!Checked)
      Checked = Libc.syscallsOfPrefix(displayName(Function));
    return !Checked || llvm::any_of(*Checked, [](const ModelSyscall &S) {
      return S.Name == "execve" || S.Name == "execveat";
    });
  }
  /// Whether \p Function of a library modelled from its machine code (not a
  /// runtime library) may run programs as far as is known: its own code
  /// makes execve, or so does a library function it calls, or a C library
  /// function it calls may (runsProgramsAsChecked); what another release's
  /// C library code reaches through pointers does not count.
  bool runsProgramsThroughImports(const LibraryModel &Model,
                                  const std::string &Function);
  /// Calls (where, through what) whose execve only another release's
  /// machine code reaches, through pointers.
  std::set<std::pair<SourceLocation, std::string>> ExecOnlyThroughPointers;

  /// The runtime libraries' models, once lookup() has needed them, and
  /// each one it has found a function in (in the order they were).
  mutable std::vector<const LibraryModel *> RuntimeLibraries;
  mutable bool RuntimeLibrariesLoaded = false;
  mutable std::vector<const LibraryModel *> RuntimeLibrariesUsed;

  /// The syscalls of the functions \p Function (in \p Model) calls in
  /// other libraries, transitively; names no model knows are reported at
  /// \p Where.
  /// Each with the constant arguments the model of the function that makes
  /// it gives; one whose model passes arguments on has none (the library
  /// chooses them).
  /// \p Caller, when given, is the program's function whose call led
  /// there: a C library function reached through another library that
  /// looks up names or loads libraries is reported as if it called it.
  const std::vector<ModelSyscall> &
  importedSyscalls(const LibraryModel &Model, const std::string &Function,
                   const SourceLocation &Where,
                   const FunctionFacts *Caller = nullptr);
  /// Records what a call from \p Caller at \p Where to the C library's
  /// \p Function loads at run time: name-service modules, libraries.
  void noteLibcCall(const std::string &Function, const FunctionFacts &Caller,
                    const SourceLocation &Where) {
    for (const std::string &Database : nameServiceDatabasesOf(Function))
      Lookups.emplace(Database, Lookup{Where, Function, &Caller});
    if (Function == "dlopen" || Function == "dlmopen")
      RuntimeLoads.emplace(Function, Where);
    if (auto Program = programRunBy(Function))
      Runs.emplace(*Program, std::make_pair(Where, Function));
  }
  /// Records what a call that runs a program (\p Named says which argument
  /// names it) runs, when the source says.
  void noteProgramRun(const ProgramArgument &Named, const CallFact &Call) {
    if (!Call.Runs)
      return;
    bool Complete = true;
    std::vector<std::string> Programs =
        Named.IsShellCommand ? programsOfShellCommand(*Call.Runs, Complete)
                             : std::vector<std::string>{*Call.Runs};
    for (const std::string &Program : Programs) {
      // The program running itself again: from execve on, loader and all,
      // it does what this policy already allows.
      if (Program == "/proc/self/exe")
        RunsItself = true;
      else
        Runs.emplace(Program, std::make_pair(Call.Where, Call.CalleeName));
    }
    if (Complete)
      NamedRunSites.insert(Call.Where);
  }
  /// Programs run by C library functions (see LinkResult::Runs).
  std::map<std::string, std::pair<SourceLocation, std::string>> Runs;
  /// The calls whose every program is named in Runs.
  std::set<SourceLocation> NamedRunSites;
  /// Some call runs the program itself (/proc/self/exe).
  bool RunsItself = false;

  std::map<std::string, std::vector<SyscallUse>> Uses;
  /// External functions no model describes -> the first call to each.
  std::map<std::string, SourceLocation> Unmodelled;
  /// Name-service database -> the first lookup that uses it.
  struct Lookup {
    SourceLocation Where;
    /// The library function that looks it up (getpwnam).
    std::string Function;
    /// The program's function that calls it.
    const FunctionFacts *Caller = nullptr;
  };
  std::map<std::string, Lookup> Lookups;
  /// The name-service modules modelled, by path.
  std::set<std::string> ModelledModules;
  /// Their models and those of the libraries they load, searched after
  /// Options.Libraries.
  std::vector<const LibraryModel *> LoadedLibraries;

  /// Adds what the loader runs of \p Library: its constructors (and so
  /// what they start) and destructors.
  void addLoaderCalls(const LibraryModel &Library);

  /// Adds what the name-service modules glibc loads for the reachable
  /// lookups (per \p Config) do: every `_nss_SERVICE_` entry point of each
  /// module this system has, from its machine code.
  void addNameServiceModules(const NameServiceConfig &Config);
  /// Each function that loads a library at run time (dlopen) -> its first
  /// call.
  std::map<std::string, SourceLocation> RuntimeLoads;

private:
  void add(const std::string &Syscall, const FunctionFacts &F,
           const SourceLocation &Where, const std::string &Via,
           std::vector<ArgValue> Args, bool ByLibrary) {
    SyscallUse Use;
    Use.At = {Where, F.Name, Via};
    Use.At.Where.File = relativeTo(Where.File, Options.Root);
    Use.Where = Where;
    Use.Function = &F;
    Use.Args = std::move(Args);
    Use.ByLibrary = ByLibrary;
    Uses[Syscall].push_back(std::move(Use));
  }

  /// Whether another release's machine code of \p Function (\p Machine, in
  /// \p Model) makes nothing the hand-checked entry \p Checked does not
  /// list, and calls into no other library: the entry then holds there.
  static bool agreesWithMachineCode(const LibraryModel &Model,
                                    const std::string &Function,
                                    const std::vector<ModelSyscall> &Machine,
                                    const std::vector<ModelSyscall> &Checked) {
    if (const auto *Imports = Model.importsOf(Function);
        Imports && !Imports->empty())
      return false;
    return llvm::all_of(Machine, [&](const ModelSyscall &S) {
      return llvm::any_of(
          Checked, [&](const ModelSyscall &C) { return C.Name == S.Name; });
    });
  }

  /// A hand-checked entry as it holds on another release: arguments a
  /// function passes on stay, but the constants it chooses are that
  /// release's (dropped); \p Widen adds what other releases make for the
  /// same operations (the model's alternatives).
  const std::vector<ModelSyscall> &
  adapted(const std::string &Function, const std::vector<ModelSyscall> &Checked,
          bool Widen) const {
    auto [It, New] = Adapted.try_emplace(Function);
    if (!New)
      return It->second;
    std::vector<ModelSyscall> &Out = It->second;
    auto Add = [&Out](ModelSyscall S) {
      if (std::find(Out.begin(), Out.end(), S) == Out.end())
        Out.push_back(std::move(S));
    };
    for (ModelSyscall S : Checked) {
      if (S.ArgumentMap)
        for (ModelArgument &A : *S.ArgumentMap)
          if (A.What == ModelArgument::Kind::Constant)
            A = {};
      if (Widen)
        if (const auto *Others = Libc.alternativesOf(S.Name))
          for (const std::string &Other : *Others)
            Add({Other, std::nullopt});
      Add(std::move(S));
    }
    return Out;
  }

  const CallGraph &Graph;
  const LibraryModel &Libc;
  const LinkOptions &Options;
  Diagnostics &Diags;
  const bool LibcChecked;
  mutable std::map<std::string, std::vector<ModelSyscall>> Adapted;
  std::map<std::pair<const LibraryModel *, std::string>,
           std::vector<ModelSyscall>>
      ImportMemo;
};

const std::vector<ModelSyscall> &UseCollector::importedSyscalls(
    const LibraryModel &Model, const std::string &Function,
    const SourceLocation &Where, const FunctionFacts *Caller) {
  auto Key = std::make_pair(&Model, Function);
  if (auto It = ImportMemo.find(Key); It != ImportMemo.end())
    return It->second;
  std::vector<ModelSyscall> &Out = ImportMemo[Key];
  // Breadth-first over imports; each (model, function) once.
  std::set<std::pair<const LibraryModel *, std::string>> Seen{Key};
  std::vector<std::pair<const LibraryModel *, std::string>> Queue{Key};
  auto AddAll = [&Out](const std::vector<ModelSyscall> &Syscalls) {
    for (ModelSyscall S : Syscalls) {
      // isatty's ioctl(fd, TCGETS) stays TCGETS whoever calls it; what a
      // function passes on, the library chooses.
      if (passesCallerArguments(S))
        S.ArgumentMap.reset();
      if (std::find(Out.begin(), Out.end(), S) == Out.end())
        Out.push_back(std::move(S));
    }
  };
  while (!Queue.empty()) {
    auto [M, Name] = Queue.back();
    Queue.pop_back();
    const std::vector<std::string> *Imports = M->importsOf(Name);
    if (!Imports)
      continue;
    for (const std::string &Import : *Imports) {
      auto [Next, Syscalls] = lookup(Import);
      if (!Syscalls) {
        Unmodelled.emplace(displayName(Import) + " (called by " +
                               displayName(Name) + " in " + M->name() + ")",
                           Where);
        continue;
      }
      if (isCLibrary(Next) && Caller)
        noteLibcCall(Import, *Caller, Where);
      AddAll(*Syscalls);
      if (Seen.emplace(Next, Import).second)
        Queue.emplace_back(Next, Import);
    }
  }
  return Out;
}

bool UseCollector::runsProgramsThroughImports(const LibraryModel &Model,
                                              const std::string &Function) {
  auto Execs = [](const std::vector<ModelSyscall> *Syscalls) {
    return Syscalls && llvm::any_of(*Syscalls, [](const ModelSyscall &S) {
             return S.Name == "execve" || S.Name == "execveat";
           });
  };
  if (Execs(Model.syscallsOf(Function)))
    return true;
  std::set<std::pair<const LibraryModel *, std::string>> Seen{
      {&Model, Function}};
  std::vector<std::pair<const LibraryModel *, std::string>> Queue{
      {&Model, Function}};
  while (!Queue.empty()) {
    auto [M, Name] = Queue.back();
    Queue.pop_back();
    const std::vector<std::string> *Imports = M->importsOf(Name);
    for (const std::string &Import :
         Imports ? *Imports : std::vector<std::string>{}) {
      auto [Next, Syscalls] = lookup(Import);
      if (!Next)
        continue;
      if (Next == &Libc || llvm::is_contained(runtimeLibraries(), Next)) {
        if (runsProgramsAsChecked(Import))
          return true;
        continue;
      }
      if (Execs(Syscalls))
        return true;
      if (Seen.emplace(Next, Import).second)
        Queue.emplace_back(Next, Import);
    }
  }
  return false;
}

void UseCollector::collect(const FunctionFacts &F) {
  const SyscallTable &Table = SyscallTable::native();
  for (const DirectSyscallFact &S : F.Syscalls) {
    auto Name = Table.name(static_cast<int>(S.Number));
    if (!Name) {
      Diags.push_back({Severity::Warning, S.Where,
                       "syscall number " + std::to_string(S.Number) +
                           " is unknown on " + Table.architecture() +
                           "; it is not added to the policy",
                       "sysprune-unknown-syscall"});
      continue;
    }
    add(*Name, F, S.Where, S.Via, S.Args, false);
  }
  for (const CallFact &Call : F.Calls) {
    if (Graph.find(Call.Callee))
      continue; // defined in the program: followed by reachability
    auto [Model, Syscalls] = lookup(Call.CalleeName);
    if (isCLibrary(Model)) {
      noteLibcCall(Call.CalleeName, F, Call.Where);
      if (auto Named = programArgumentOf(Call.CalleeName))
        noteProgramRun(*Named, Call);
    }
    if (!Syscalls) {
      // A virtual method without a definition here (a pure one, say) runs
      // as one of its overrides, which reachability follows; so does one
      // whose address a pointer to member holds.
      if (Call.Kind != CallKind::Virtual && !Graph.hasOverrides(Call.Callee))
        Unmodelled.emplace(displayName(Call.CalleeName), Call.Where);
      continue;
    }
    std::string Via = displayName(Call.CalleeName);
    // On another release, the machine code of a runtime library function
    // reaches execve through calls through pointers (stdio's vtables, exit
    // handlers) whether or not it runs programs, which it does not when the
    // hand-checked model says so: allowed, but not reported as running
    // programs.
    if (!LibcChecked &&
        ((Model == &Libc || llvm::is_contained(RuntimeLibraries, Model))
             ? !runsProgramsAsChecked(Call.CalleeName)
             : !runsProgramsThroughImports(*Model, Call.CalleeName)))
      ExecOnlyThroughPointers.emplace(Call.Where, Via);
    // What the function does, then what it calls in other libraries (whose
    // syscalls keep only their models' constants).
    auto Add = [&](const ModelSyscall &S) {
      auto Args = argumentsOf(S, Call);
      add(S.Name, F, Call.Where, Via,
          Args ? std::move(*Args) : std::vector<ArgValue>{}, !Args);
    };
    for (const ModelSyscall &S : *Syscalls)
      Add(S);
    for (const ModelSyscall &S :
         importedSyscalls(*Model, Call.CalleeName, Call.Where, &F))
      Add(S);
  }
  // A library header's own call through a pointer (std::stop_token running
  // its callbacks, say) with no candidate is left alone: a pointer the
  // program sets is address-taken in scanned code, so one with no candidate
  // comes from the library's compiled code, which its model describes.
  for (const IndirectCallFact &I : F.IndirectCalls)
    if (!F.IsLibraryCode && !Graph.hasAddressTakenWithSignature(I.Signature))
      Diags.push_back(
          {Severity::Warning, I.Where,
           "call through a pointer of type '" + I.Signature +
               "' that no scanned function of that type can be behind; "
               "syscalls made by its target are not in the policy",
           "sysprune-unresolved-indirect-call"});
  for (const UnresolvedFact &U : F.Unresolved)
    Diags.push_back({Severity::Warning, U.Where, U.Message, U.Check});
}

void UseCollector::addNameServiceModules(const NameServiceConfig &Config) {
  if (!Options.ModelLibrary)
    return;
  for (const auto &[Database, First] : Lookups)
    for (const std::string &Service : Config.servicesOf(Database)) {
      if (isBuiltinNameService(Service))
        continue;
      auto Path = binary::findSystemLibrary("libnss_" + Service + ".so.2");
      if (!Path)
        continue;
      std::vector<const LibraryModel *> Models = Options.ModelLibrary(*Path);
      if (Models.empty())
        continue;
      const LibraryModel *Module = Models.front();
      LoadedLibraries.insert(LoadedLibraries.end(), Models.begin(),
                             Models.end());
      ModelledModules.insert(*Path);
      std::string Via =
          displayName(First.Function) + " (" + Module->name() + ")";
      for (const std::string &Entry :
           Module->functionsStartingWith("_nss_" + Service + "_")) {
        for (const ModelSyscall &S : *Module->syscallsOf(Entry))
          add(S.Name, *First.Caller, First.Where, Via, {}, true);
        for (const ModelSyscall &S :
             importedSyscalls(*Module, Entry, First.Where))
          add(S.Name, *First.Caller, First.Where, Via, {}, true);
      }
    }
}

void UseCollector::addLoaderCalls(const LibraryModel &Library) {
  // Constructors run before the filter is installed, but what they leave
  // running (a thread, a handler) runs under it; destructors run at exit.
  for (const auto &[Function, What] :
       {std::pair{binary::ConstructorsName, "constructors of "},
        std::pair{binary::DestructorsName, "destructors of "}}) {
    const std::vector<ModelSyscall> *Own = Library.syscallsOf(Function);
    if (!Own)
      continue;
    std::vector<ModelSyscall> All = *Own;
    const std::vector<ModelSyscall> &Imported =
        importedSyscalls(Library, Function, {});
    All.insert(All.end(), Imported.begin(), Imported.end());
    for (const ModelSyscall &S : All) {
      SyscallUse Use;
      Use.Baseline = What + Library.name();
      Uses[S.Name].push_back(std::move(Use));
    }
  }
}

void UseCollector::addBaseline(const std::string &Baseline) {
  const std::vector<ModelSyscall> *Syscalls = Libc.baseline(Baseline);
  if (!Syscalls) {
    Diags.push_back(
        {Severity::Error,
         {},
         "the model " + Libc.name() + " has no baseline '" + Baseline + "'",
         ""});
    return;
  }
  std::set<std::string> Names;
  for (const ModelSyscall &S : *Syscalls)
    Names.insert(S.Name);
  // On another release, what that release's code does at the same stage
  // too (the hand-checked baseline stays: it holds for the kernel's part).
  const auto *Sources = LibcChecked ? nullptr : Libc.derivedBaseline(Baseline);
  for (const LibraryModel::BaselineSource &Source :
       Sources ? *Sources : std::vector<LibraryModel::BaselineSource>{}) {
    const LibraryModel *Library = nullptr;
    for (const LibraryModel *M : runtimeLibraries())
      if (M->name() == Source.Library)
        Library = M;
    if (!Library)
      continue;
    std::vector<std::string> Functions =
        Source.Function == "*" ? Library->functionsStartingWith("")
                               : std::vector<std::string>{Source.Function};
    for (const std::string &Function : Functions) {
      if (const auto *Own = Library->syscallsOf(Function))
        for (const ModelSyscall &S : *Own)
          Names.insert(S.Name);
      for (const ModelSyscall &S : importedSyscalls(*Library, Function, {}))
        Names.insert(S.Name);
    }
  }
  for (const std::string &Name : Names) {
    SyscallUse Use;
    Use.Baseline = Baseline;
    Uses[Name].push_back(std::move(Use));
  }
}

std::vector<Frame> relativeChain(std::vector<Frame> Chain,
                                 const std::string &Root) {
  for (Frame &F : Chain)
    F.Where.File = relativeTo(F.Where.File, Root);
  return Chain;
}

/// Prefers \p A to \p B as the use to show: made in a function closer to
/// an entry point, then earlier in the source. Baseline uses come last.
bool isShallower(const SyscallUse &A, const SyscallUse *B,
                 const Reachability &Reachable) {
  if (!A.Function)
    return false;
  return !B || std::make_tuple(Reachable.depth(A.Function->Id), A.At) <
                   std::make_tuple(Reachable.depth(B->Function->Id), B->At);
}

/// The chain to the shallowest of \p Indexes (into \p Uses), or empty when
/// none is in a function.
std::vector<Frame> shortestChain(const std::vector<SyscallUse> &Uses,
                                 const std::vector<size_t> &Indexes,
                                 const Reachability &Reachable,
                                 const std::string &Root) {
  const SyscallUse *Best = nullptr;
  for (size_t I : Indexes)
    if (isShallower(Uses[I], Best, Reachable))
      Best = &Uses[I];
  if (!Best)
    return {};
  return relativeChain(Reachable.chainTo(*Best->Function, Best->Where), Root);
}

/// The entry points: the functions named by --entry (one program has one
/// `main`), or with --library every externally visible function.
bool findRoots(const ProgramFacts &Facts, const LinkOptions &Options,
               std::vector<const FunctionFacts *> &Roots, Diagnostics &Diags) {
  if (Options.Library) {
    for (const auto &[Id, F] : Facts.Functions)
      if (F.External && !F.IsStaticInitialiser && !F.IsLibraryCode)
        Roots.push_back(&F);
    if (Roots.empty())
      Diags.push_back({Severity::Error,
                       {},
                       "--library: the scanned files define no externally "
                       "visible function",
                       ""});
    return !Roots.empty();
  }
  for (const std::string &Entry : Options.Entries) {
    std::vector<const FunctionFacts *> Matches;
    for (const auto &[Id, F] : Facts.Functions)
      if (F.Name == Entry && !F.IsStaticInitialiser && !F.IsLibraryCode)
        Matches.push_back(&F);
    if (Matches.empty()) {
      Diags.push_back(
          {Severity::Error,
           {},
           "no definition of entry point '" + Entry +
               "' in the scanned files; scan the file that defines it or "
               "name another with --entry",
           ""});
      continue;
    }
    // Each main is another program: one policy cannot describe them all.
    // Definitions with the same name and linkage were merged into one; the
    // merge kept every place they came from.
    std::set<SourceLocation> Places;
    for (const FunctionFacts *F : Matches) {
      Places.insert(F->Where);
      if (auto It = Facts.Redefinitions.find(F->Id);
          It != Facts.Redefinitions.end())
        Places.insert(It->second.begin(), It->second.end());
    }
    if (Entry == "main" && Places.size() > 1) {
      std::string List;
      for (const SourceLocation &Where : Places)
        List += "\n  " + Where.File + ":" + std::to_string(Where.Line);
      Diags.push_back({Severity::Error,
                       {},
                       std::to_string(Places.size()) +
                           " definitions of 'main' in the scanned files, each "
                           "another program; select one with --binary "
                           "PROGRAM, --sources FILE, or by naming its source "
                           "files:" +
                           List,
                       ""});
      continue;
    }
    Roots.insert(Roots.end(), Matches.begin(), Matches.end());
  }
  return !hasErrors(Diags);
}

/// The filter stays on across execve: a program that runs others hands them
/// its policy. A warning at the first place that runs a program the source
/// does not name (\p Named: the calls whose programs it names); a note when
/// it names them all.
void warnAboutExec(
    const std::map<std::string, std::vector<SyscallUse>> &Uses,
    const Reachability &Reachable, const std::set<SourceLocation> &Named,
    const std::set<std::pair<SourceLocation, std::string>> &ThroughPointers,
    Diagnostics &Diags) {
  const SyscallUse *First = nullptr, *FirstUnnamed = nullptr,
                   *FirstThroughPointers = nullptr;
  for (const char *Exec : {"execve", "execveat"}) {
    auto It = Uses.find(Exec);
    if (It == Uses.end())
      continue;
    for (const SyscallUse &U : It->second) {
      if (U.Function && ThroughPointers.count({U.Where, U.At.Via})) {
        if (isShallower(U, FirstThroughPointers, Reachable))
          FirstThroughPointers = &U;
        continue;
      }
      if (isShallower(U, First, Reachable))
        First = &U;
      if (!Named.count(U.Where) && isShallower(U, FirstUnnamed, Reachable))
        FirstUnnamed = &U;
    }
  }
  if (FirstUnnamed)
    Diags.push_back(
        {Severity::Warning, FirstUnnamed->Where,
         "the program runs other programs here (through '" +
             FirstUnnamed->At.Via +
             "'): they inherit the seccomp filter, so the policy must also "
             "allow what they do: name each with --runs PROGRAM (RUNS in "
             "sysprune_harden), or harden only a process that runs none",
         "sysprune-exec"});
  else if (First)
    Diags.push_back({Severity::Note, First->Where,
                     "the program runs other programs here (through '" +
                         First->At.Via + "'), which the source names",
                     "sysprune-exec"});
  else if (FirstThroughPointers)
    Diags.push_back(
        {Severity::Note, FirstThroughPointers->Where,
         "execve is allowed: the C library's machine code may reach it "
         "through calls through pointers (from '" +
             FirstThroughPointers->At.Via +
             "'), though no function the program calls runs programs as far "
             "as the hand-checked model knows",
         "sysprune-exec"});
}

std::vector<Site> sitesOf(const std::vector<SyscallUse> &Uses,
                          const std::vector<size_t> &Indexes) {
  std::set<Site> Sites;
  for (size_t I : Indexes)
    if (Uses[I].Function)
      Sites.insert(Uses[I].At);
  return {Sites.begin(), Sites.end()};
}

/// The libc model covers what dlopen does to load a library, not what the
/// library's code does: warn at the first call, unless --lib models were
/// given, which the policy then assumes are what it loads.
void reportRuntimeLoad(const std::string &Function, const SourceLocation &Where,
                       const LinkOptions &Options, Diagnostics &Diags) {
  if (Options.Libraries.empty()) {
    Diags.push_back({Severity::Warning, Where,
                     "'" + Function +
                         "' loads a library at run time: what its code "
                         "(and its constructors) does is not in the policy; "
                         "model the libraries it loads with --lib",
                     "sysprune-dlopen"});
    return;
  }
  std::string Names;
  for (const LibraryModel *M : Options.Libraries)
    Names += (Names.empty() ? "" : ", ") + M->name();
  Diags.push_back(
      {Severity::Note, Where,
       "'" + Function +
           "' loads a library at run time; the policy assumes "
           "it is one of the libraries modelled from their machine code (" +
           Names + ")",
       "sysprune-dlopen"});
}

/// Says, for each name-service database a reachable lookup uses, which
/// services the system configures, and warns about each one glibc would
/// load from a module (libnss_SERVICE.so.2) that is on this system: the
/// libc model covers only the built-in services.
void reportNameServices(const NameServiceConfig &Config,
                        const UseCollector &Collector, Provenance &Origin,
                        Diagnostics &Diags) {
  for (const auto &[Database, First] : Collector.Lookups) {
    const SourceLocation &Where = First.Where;
    const std::string &Function = First.Function;
    std::string Line = Database + ":";
    const char *Separator = " ";
    for (const std::string &Service : Config.servicesOf(Database)) {
      Line += Separator + Service;
      Separator = ", ";
      if (isBuiltinNameService(Service))
        continue;
      std::string Module = "libnss_" + Service + ".so.2";
      auto Path = binary::findSystemLibrary(Module);
      if (!Path) {
        Line += " (no " + Module + " here)";
        continue;
      }
      if (Collector.ModelledModules.count(*Path)) {
        Line += " (" + Module + ", modelled from its machine code)";
        Diags.push_back(
            {Severity::Note, Where,
             "'" + displayName(Function) + "' looks up the '" + Database +
                 "' database, which the system also "
                 "serves through '" +
                 Service + "' (nsswitch.conf); the policy includes what " +
                 *Path + ", which glibc loads for it, can do",
             "sysprune-name-service"});
        continue;
      }
      Line += " (" + Module + ", not modelled)";
      Diags.push_back(
          {Severity::Warning, Where,
           "'" + displayName(Function) + "' looks up the '" + Database +
               "' database, which the system also serves through '" + Service +
               "' (nsswitch.conf); glibc loads " + *Path +
               " for it at run time, and the policy does not cover what it "
               "does",
           "sysprune-name-service"});
    }
    Origin.NameServices.push_back(std::move(Line));
  }
}

/// What a call to \p Name, which no model describes, is: a warning; an
/// error where the program enforces the policy itself; a note where the
/// user accepts it. \p Name may say who calls it ("f (called by g in
/// libx.so)"); accepting "f" accepts every such call.
Diagnostic unmodelledCall(const std::string &Name, const SourceLocation &Where,
                          const LinkOptions &Options) {
  std::string Function = Name.substr(0, Name.find(" (called by "));
  std::string Message = "no library model describes '" + Name + "'";
  if (Options.AllowedUnmodelled.count(Function) ||
      Options.AllowedUnmodelled.count(Name))
    return {Severity::Note, Where,
            Message +
                "; the policy assumes it makes no syscalls, as "
                "--allow-unmodelled '" +
                Function + "' says",
            "sysprune-unmodelled"};
  if (Options.UnmodelledIsError)
    return {Severity::Error, Where,
            Message +
                ", so a syscall it makes would kill the hardened "
                "program; model the library that defines it (LIBS in "
                "sysprune_harden, --lib LIBRARY.so), or accept that it "
                "makes none with ALLOW_UNMODELLED '" +
                Function + "' (--allow-unmodelled)",
            "sysprune-unmodelled"};
  return {Severity::Warning, Where,
          Message + "; the policy assumes it makes no syscalls",
          "sysprune-unmodelled"};
}

} // namespace

LinkResult linkProgram(const ProgramFacts &Facts, const LibraryModel &Libc,
                       const LinkOptions &Options) {
  LinkResult Out;
  const SyscallTable &Table = SyscallTable::native();
  const ArgumentSelectors &Selectors =
      Options.Selectors ? *Options.Selectors : ArgumentSelectors::builtin();
  CallGraph Graph(Facts);

  std::vector<const FunctionFacts *> Roots;
  std::set<std::string> EntryIds;
  if (!findRoots(Facts, Options, Roots, Out.Diags))
    return Out;
  for (const FunctionFacts *Root : Roots)
    EntryIds.insert(Root->Id);
  for (const auto &[Id, F] : Facts.Functions)
    if (F.IsStaticInitialiser)
      Roots.push_back(&F);

  Reachability Reachable(Graph, Roots);
  Out.ReachableFunctions = Reachable.functions().size();
  UseCollector Collector(Graph, Libc, Options, Out.Diags);
  for (const FunctionFacts *F : Reachable.functions())
    Collector.collect(*F);
  std::vector<std::string> Baselines = Options.Baselines;
  // A program that runs itself again runs its loader under its own filter.
  if (Collector.RunsItself && !llvm::is_contained(Baselines, "loader"))
    Baselines.push_back("loader");
  if (Collector.RunsItself && Options.Hardened)
    Baselines.push_back("hardened-start");
  for (const std::string &Baseline : Baselines)
    Collector.addBaseline(Baseline);
  if (Options.NameServices)
    Collector.addNameServiceModules(*Options.NameServices);
  if (Options.Program)
    Collector.addLoaderCalls(*Options.Program);
  for (const LibraryModel *M : Options.Libraries)
    Collector.addLoaderCalls(*M);
  for (const LibraryModel *M : Collector.LoadedLibraries)
    Collector.addLoaderCalls(*M);
  warnAboutExec(Collector.Uses, Reachable, Collector.NamedRunSites,
                Collector.ExecOnlyThroughPointers, Out.Diags);
  if (!Collector.libcChecked())
    Out.Diags.push_back(
        {Severity::Note,
         {},
         "the policy is for " + describeCLibrary(*Options.RunsWith) +
             ", which the hand-checked model (" + Libc.checkedReleases() +
             ") was not checked against: its functions are modelled from "
             "their machine code",
         "sysprune-libc-model"});

  Policy &P = Out.Result;
  P.DefaultAction = Options.DefaultAction;
  P.Architectures = {Table.architecture()};
  Provenance Origin;
  Origin.ToolVersion = Options.ToolVersion;
  Origin.Entries =
      Options.Library ? std::vector<std::string>{"--library"} : Options.Entries;
  if (Options.Program)
    Origin.Models.push_back(Options.Program->name() + " (machine code)");
  for (const LibraryModel *M : Options.Libraries)
    Origin.Models.push_back(M->name());
  if (Collector.libcChecked())
    Origin.Models.push_back(Libc.name());
  for (const LibraryModel *M : Collector.RuntimeLibraries)
    if (llvm::is_contained(Collector.RuntimeLibrariesUsed, M) ||
        (!Collector.libcChecked() && Collector.isCLibrary(M)))
      Origin.Models.push_back(
          (!Collector.libcChecked() && Collector.isCLibrary(M)
               ? describeCLibrary(*Options.RunsWith)
               : M->name()) +
          " (machine code)");
  if (!Collector.libcChecked())
    Origin.Models.push_back(Libc.name() + " (where that machine code agrees)");
  Origin.Baselines = Baselines;
  Origin.CLibrary = Options.RunsWith;

  ArgumentValues Values(Graph, Reachable, EntryIds);
  SyscallRule Unrestricted;
  Unrestricted.Act = Action::Allow;
  std::vector<SyscallRule> Restricted;
  for (const auto &[Syscall, Uses] : Collector.Uses) {
    std::vector<size_t> All(Uses.size());
    for (size_t I = 0; I < Uses.size(); ++I)
      All[I] = I;
    std::vector<Site> Sites = sitesOf(Uses, All);
    Out.Sites += Sites.size();
    if (!Sites.empty())
      Origin.Sites[Syscall] = std::move(Sites);
    for (const SyscallUse &U : Uses)
      if (!U.Function)
        Origin.FromBaselines[Syscall].push_back(U.Baseline);
    if (auto Chain = shortestChain(Uses, All, Reachable, Options.Root);
        !Chain.empty())
      Origin.Chains[Syscall] = std::move(Chain);

    const std::vector<Selector> *SyscallSelectors = Selectors.of(Syscall);
    if (!SyscallSelectors) {
      Unrestricted.Names.push_back(Syscall);
      continue;
    }
    ArgumentRestriction R = restrictArguments(*SyscallSelectors, Uses, Values);
    if (R.Rules.empty()) {
      Unrestricted.Names.push_back(Syscall);
      Origin.Unrestricted[Syscall] = R.Reason;
      if (R.Blocker)
        Out.Diags.push_back(
            {Severity::Note, Uses[*R.Blocker].Where,
             Syscall + " is allowed with any arguments: " + R.Reason,
             "sysprune-argument-rules"});
      continue;
    }
    for (auto &[Conditions, Covered] : R.Rules) {
      SyscallRule Rule;
      Rule.Names = {Syscall};
      Rule.Act = Action::Allow;
      Rule.Args = Conditions;
      Restricted.push_back(std::move(Rule));
      Origin.Arguments[Syscall].push_back(
          {std::move(Conditions), sitesOf(Uses, Covered),
           shortestChain(Uses, Covered, Reachable, Options.Root)});
    }
  }
  if (Options.NameServices)
    reportNameServices(*Options.NameServices, Collector, Origin, Out.Diags);
  for (const auto &[Function, Where] : Collector.RuntimeLoads)
    reportRuntimeLoad(Function, Where, Options, Out.Diags);
  for (const auto &[Name, Where] : Collector.Unmodelled) {
    Origin.Unmodelled.push_back(Name);
    Out.Diags.push_back(unmodelledCall(Name, Where, Options));
  }
  if (!Unrestricted.Names.empty())
    P.Syscalls.push_back(std::move(Unrestricted));
  for (SyscallRule &Rule : Restricted)
    P.Syscalls.push_back(std::move(Rule));
  P.Origin = std::move(Origin);

  // A function seen in several TUs reports the same problem once.
  std::set<std::tuple<SourceLocation, std::string>> Seen;
  Out.Runs = std::move(Collector.Runs);
  std::erase_if(Out.Diags, [&](const Diagnostic &D) {
    return !Seen.emplace(D.Where, D.Message).second;
  });
  return Out;
}

} // namespace sysprune::policy
