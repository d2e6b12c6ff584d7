#pragma once

#include "policy/core/Diagnostic.h"
#include "policy/facts/ProgramFacts.h"
#include "policy/library/LibraryModel.h"
#include "policy/library/ProgramRuns.h"
#include "policy/link/ArgumentRules.h"
#include "policy/link/CallGraph.h"
#include "policy/link/ModelLookup.h"
#include "policy/link/ProgramLinker.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace sysprune::policy {

class NameServiceConfig;

/// Collects, per syscall, every use reachable code makes: its own syscalls,
/// and those of the library functions it calls (through the models, with
/// their imports), the baselines, and what libraries loaded for it do.
class UseCollector {
public:
  UseCollector(const CallGraph &Graph, const LibraryModel &Libc,
               const LinkOptions &Options, Diagnostics &Diags)
      : Models(Libc, Options), Graph(Graph), Libc(Libc), Options(Options),
        Diags(Diags) {}

  /// Adds the uses of reachable function \p F.
  void collect(const FunctionFacts &F);
  /// Adds the syscalls of the C library model's baseline \p Baseline.
  void addBaseline(const std::string &Baseline);
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

  /// Which model describes each function called.
  ModelLookup Models;

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

private:
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
                    const SourceLocation &Where);
  /// Records what a call that runs a program (\p Named says which argument
  /// names it) runs, when the source says.
  void noteProgramRun(const ProgramArgument &Named, const CallFact &Call);
  void add(const std::string &Syscall, const FunctionFacts &F,
           const SourceLocation &Where, const std::string &Via,
           std::vector<ArgValue> Args, bool ByLibrary);

  const CallGraph &Graph;
  const LibraryModel &Libc;
  const LinkOptions &Options;
  Diagnostics &Diags;
  std::map<std::pair<const LibraryModel *, std::string>,
           std::vector<ModelSyscall>>
      ImportMemo;
};

/// Prefers \p A to \p B as the use to show: made in a function closer to
/// an entry point, then earlier in the source. Baseline uses come last.
bool isShallower(const SyscallUse &A, const SyscallUse *B,
                 const Reachability &Reachable);

/// \p Path relative to \p Root when it lies below it.
std::string relativeTo(const std::string &Path, const std::string &Root);

} // namespace sysprune::policy
