// The link step: merged facts -> call graph -> entry points -> what is
// reachable -> the syscalls reachable code makes (UseCollector, through the
// models) -> argument rules -> the policy, with its provenance.

#include "policy/link/ProgramLinker.h"

#include "policy/core/DiagnosticIds.h"
#include "policy/core/SyscallTable.h"
#include "policy/link/ArgumentRules.h"
#include "policy/link/ArgumentValues.h"
#include "policy/link/CallGraph.h"
#include "policy/link/EntryPoints.h"
#include "policy/link/LinkDiagnostics.h"
#include "policy/link/UseCollector.h"

#include <llvm/ADT/STLExtras.h>

#include <set>
#include <tuple>

namespace sysprune::policy {

namespace {
std::vector<Frame> relativeChain(std::vector<Frame> Chain,
                                 const std::string &Root) {
  for (Frame &F : Chain)
    F.Where.File = relativeTo(F.Where.File, Root);
  return Chain;
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

std::vector<Site> sitesOf(const std::vector<SyscallUse> &Uses,
                          const std::vector<size_t> &Indexes) {
  std::set<Site> Sites;
  for (size_t I : Indexes)
    if (Uses[I].Function)
      Sites.insert(Uses[I].At);
  return {Sites.begin(), Sites.end()};
}

/// Collects what \p Reachable code does, the baselines (those of \p Options,
/// and the loader's when the program runs itself again) and what the loader
/// runs of the libraries it loads; returns the baselines.
std::vector<std::string> collectUses(UseCollector &Collector,
                                     const Reachability &Reachable,
                                     const LinkOptions &Options) {
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
  for (const LibraryModel *M : Collector.Models.LoadedLibraries)
    Collector.addLoaderCalls(*M);
  return Baselines;
}

/// The provenance's account of the models and baselines the link used.
Provenance modelsUsed(const LibraryModel &Libc, const LinkOptions &Options,
                      const ModelLookup &Models,
                      const std::vector<std::string> &Baselines) {
  Provenance Origin;
  Origin.ToolVersion = Options.ToolVersion;
  Origin.Entries =
      Options.Library ? std::vector<std::string>{"--library"} : Options.Entries;
  if (Options.Program)
    Origin.Models.push_back(Options.Program->name() + " (machine code)");
  for (const LibraryModel *M : Options.Libraries)
    Origin.Models.push_back(M->name());
  if (Models.libcChecked())
    Origin.Models.push_back(Libc.name());
  for (const LibraryModel *M : Models.RuntimeLibraries)
    if (llvm::is_contained(Models.RuntimeLibrariesUsed, M) ||
        (!Models.libcChecked() && Models.isCLibrary(M)))
      Origin.Models.push_back((!Models.libcChecked() && Models.isCLibrary(M)
                                   ? describeCLibrary(*Options.RunsWith)
                                   : M->name()) +
                              " (machine code)");
  if (!Models.libcChecked())
    Origin.Models.push_back(Libc.name() + " (where that machine code agrees)");
  Origin.Baselines = Baselines;
  Origin.CLibrary = Options.RunsWith;
  return Origin;
}

/// What the link knows of where one syscall's uses are: the sites, the
/// baselines that need it, the shortest chain from an entry point.
void recordUses(const std::string &Syscall, const std::vector<SyscallUse> &Uses,
                const Reachability &Reachable, const LinkOptions &Options,
                Provenance &Origin, LinkResult &Out) {
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
}

/// The policy's rules: each syscall with the argument values its uses pass
/// where its selectors allow a rule, else with any arguments (one rule for
/// all of those, first).
void buildRules(const std::map<std::string, std::vector<SyscallUse>> &AllUses,
                ArgumentValues &Values, const Reachability &Reachable,
                const LinkOptions &Options, Provenance &Origin,
                LinkResult &Out) {
  const ArgumentSelectors &Selectors =
      Options.Selectors ? *Options.Selectors : ArgumentSelectors::builtin();
  SyscallRule Unrestricted;
  Unrestricted.Act = Action::Allow;
  std::vector<SyscallRule> Restricted;
  for (const auto &[Syscall, Uses] : AllUses) {
    recordUses(Syscall, Uses, Reachable, Options, Origin, Out);
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
             diag::ArgumentRules});
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
  if (!Unrestricted.Names.empty())
    Out.Result.Syscalls.push_back(std::move(Unrestricted));
  for (SyscallRule &Rule : Restricted)
    Out.Result.Syscalls.push_back(std::move(Rule));
}

/// What the policy assumes: the name services, libraries loaded at run time
/// and functions no model describes, reported and recorded.
void reportAssumptions(const UseCollector &Collector,
                       const LinkOptions &Options, Provenance &Origin,
                       Diagnostics &Diags) {
  if (Options.NameServices)
    reportNameServices(*Options.NameServices, Collector, Origin, Diags);
  for (const auto &[Function, Where] : Collector.RuntimeLoads)
    reportRuntimeLoad(Function, Where, Options, Diags);
  for (const auto &[Name, Where] : Collector.Unmodelled) {
    Origin.Unmodelled.push_back(Name);
    Diags.push_back(unmodelledCall(Name, Where, Options));
  }
}
} // namespace

LinkResult linkProgram(const ProgramFacts &Facts, const LibraryModel &Libc,
                       const LinkOptions &Options) {
  LinkResult Out;
  CallGraph Graph(Facts);
  std::vector<const FunctionFacts *> Roots;
  if (!findEntryPoints(Facts, Options, Roots, Out.Diags))
    return Out;
  std::set<std::string> EntryIds;
  for (const FunctionFacts *Root : Roots)
    EntryIds.insert(Root->Id);
  for (const auto &[Id, F] : Facts.Functions)
    if (F.IsStaticInitialiser)
      Roots.push_back(&F);

  Reachability Reachable(Graph, Roots);
  Out.ReachableFunctions = Reachable.functions().size();
  UseCollector Collector(Graph, Libc, Options, Out.Diags);
  std::vector<std::string> Baselines =
      collectUses(Collector, Reachable, Options);
  warnAboutExec(Collector.Uses, Reachable, Collector.NamedRunSites,
                Collector.ExecOnlyThroughPointers, Out.Diags);
  if (!Collector.Models.libcChecked())
    Out.Diags.push_back(
        {Severity::Note,
         {},
         "the policy is for " + describeCLibrary(*Options.RunsWith) +
             ", which the hand-checked model (" + Libc.checkedReleases() +
             ") was not checked against: its functions are modelled from "
             "their machine code",
         diag::LibcModel});

  Policy &P = Out.Result;
  P.DefaultAction = Options.DefaultAction;
  P.Architectures = {SyscallTable::native().architecture()};
  Provenance Origin = modelsUsed(Libc, Options, Collector.Models, Baselines);
  ArgumentValues Values(Graph, Reachable, EntryIds);
  buildRules(Collector.Uses, Values, Reachable, Options, Origin, Out);
  reportAssumptions(Collector, Options, Origin, Out.Diags);
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
