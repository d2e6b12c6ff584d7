// What reachable code does in syscalls, use by use: see UseCollector.h.

#include "policy/link/UseCollector.h"

#include "policy/binary/LinkedLibraries.h"
#include "policy/binary/ModelBuilder.h"
#include "policy/core/DiagnosticIds.h"
#include "policy/core/SyscallTable.h"
#include "policy/library/NameServices.h"

#include <llvm/ADT/STLExtras.h>

#include <algorithm>
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

} // namespace

std::string relativeTo(const std::string &Path, const std::string &Root) {
  if (Root.empty())
    return Path;
  std::string Prefix = Root.back() == '/' ? Root : Root + "/";
  if (Path.compare(0, Prefix.size(), Prefix) == 0)
    return Path.substr(Prefix.size());
  return Path;
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

void UseCollector::add(const std::string &Syscall, const FunctionFacts &F,
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

void UseCollector::noteLibcCall(const std::string &Function,
                                const FunctionFacts &Caller,
                                const SourceLocation &Where) {
  for (const std::string &Database : nameServiceDatabasesOf(Function))
    Lookups.emplace(Database, Lookup{Where, Function, &Caller});
  if (loadsLibraries(Function))
    RuntimeLoads.emplace(Function, Where);
  if (auto Program = programRunBy(Function))
    Runs.emplace(*Program, std::make_pair(Where, Function));
}

void UseCollector::noteProgramRun(const ProgramArgument &Named,
                                  const CallFact &Call) {
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
      auto [Next, Syscalls] = Models.lookup(Import);
      if (!Syscalls) {
        Unmodelled.emplace(displayName(Import) + " (called by " +
                               displayName(Name) + " in " + M->name() + ")",
                           Where);
        continue;
      }
      if (Models.isCLibrary(Next) && Caller)
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
             return runsAProgram(S.Name);
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
      auto [Next, Syscalls] = Models.lookup(Import);
      if (!Next)
        continue;
      if (Next == &Libc ||
          llvm::is_contained(Models.runtimeLibraries(), Next)) {
        if (Models.runsProgramsAsChecked(Import))
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
                       diag::UnknownSyscall});
      continue;
    }
    add(*Name, F, S.Where, S.Via, S.Args, false);
  }
  for (const CallFact &Call : F.Calls) {
    if (Graph.find(Call.Callee))
      continue; // defined in the program: followed by reachability
    auto [Model, Syscalls] = Models.lookup(Call.CalleeName);
    if (Models.isCLibrary(Model)) {
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
    if (!Models.libcChecked() &&
        ((Model == &Libc || llvm::is_contained(Models.RuntimeLibraries, Model))
             ? !Models.runsProgramsAsChecked(Call.CalleeName)
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
           diag::UnresolvedIndirectCall});
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
      auto Path = binary::findSystemLibrary(nameServiceModule(Service));
      if (!Path)
        continue;
      std::vector<const LibraryModel *> Loaded = Options.ModelLibrary(*Path);
      if (Loaded.empty())
        continue;
      const LibraryModel *Module = Loaded.front();
      Models.LoadedLibraries.insert(Models.LoadedLibraries.end(),
                                    Loaded.begin(), Loaded.end());
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
  const auto *Sources =
      Models.libcChecked() ? nullptr : Libc.derivedBaseline(Baseline);
  for (const LibraryModel::BaselineSource &Source :
       Sources ? *Sources : std::vector<LibraryModel::BaselineSource>{}) {
    const LibraryModel *Library = nullptr;
    for (const LibraryModel *M : Models.runtimeLibraries())
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

} // namespace sysprune::policy
