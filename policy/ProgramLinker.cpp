#include "policy/ProgramLinker.h"

#include "policy/SyscallTable.h"

#include <algorithm>
#include <deque>
#include <set>
#include <tuple>

namespace sysprune::policy {

namespace {
std::string relativeTo(const std::string &Path, const std::string &Root) {
  if (Root.empty())
    return Path;
  std::string Prefix = Root.back() == '/' ? Root : Root + "/";
  if (Path.compare(0, Prefix.size(), Prefix) == 0)
    return Path.substr(Prefix.size());
  return Path;
}

/// Breadth-first from the roots; returns the ids of reachable functions.
std::vector<const FunctionFacts *>
reachableFunctions(const ProgramFacts &Facts,
                   const std::vector<const FunctionFacts *> &Roots) {
  std::set<std::string> Seen;
  std::deque<const FunctionFacts *> Queue;
  std::vector<const FunctionFacts *> Order;
  for (const FunctionFacts *Root : Roots)
    if (Seen.insert(Root->Id).second)
      Queue.push_back(Root);
  while (!Queue.empty()) {
    const FunctionFacts *F = Queue.front();
    Queue.pop_front();
    Order.push_back(F);
    for (const CallFact &Call : F->Calls) {
      auto It = Facts.Functions.find(Call.Callee);
      if (It != Facts.Functions.end() && Seen.insert(Call.Callee).second)
        Queue.push_back(&It->second);
    }
  }
  return Order;
}
} // namespace

LinkResult linkProgram(const ProgramFacts &Facts, const LibraryModel &Libc,
                       const LinkOptions &Options) {
  LinkResult Out;
  const SyscallTable &Table = SyscallTable::native();

  std::vector<const FunctionFacts *> Roots;
  for (const std::string &Entry : Options.Entries) {
    size_t Before = Roots.size();
    for (const auto &[Id, F] : Facts.Functions)
      if (F.Name == Entry && !F.IsStaticInitialiser)
        Roots.push_back(&F);
    if (Roots.size() == Before)
      Out.Diags.push_back(
          {Severity::Error,
           {},
           "no definition of entry point '" + Entry +
               "' in the scanned files; scan the file that defines it or "
               "name another with --entry",
           ""});
  }
  if (hasErrors(Out.Diags))
    return Out;
  for (const auto &[Id, F] : Facts.Functions)
    if (F.IsStaticInitialiser)
      Roots.push_back(&F);

  std::map<std::string, std::set<Site>> Sites;
  std::set<std::string> Unmodelled;
  auto AddSite = [&](const std::string &Syscall, const FunctionFacts &F,
                     const SourceLocation &Where, const std::string &Via) {
    Site S{Where, F.Name, Via};
    S.Where.File = relativeTo(S.Where.File, Options.Root);
    Sites[Syscall].insert(std::move(S));
  };

  std::vector<const FunctionFacts *> Reachable =
      reachableFunctions(Facts, Roots);
  Out.ReachableFunctions = Reachable.size();
  for (const FunctionFacts *F : Reachable) {
    for (const DirectSyscallFact &S : F->Syscalls) {
      auto Name = Table.name(static_cast<int>(S.Number));
      if (!Name) {
        Out.Diags.push_back({Severity::Warning, S.Where,
                             "syscall number " + std::to_string(S.Number) +
                                 " is unknown on " + Table.architecture() +
                                 "; it is not added to the policy",
                             "sysprune-unknown-syscall"});
        continue;
      }
      AddSite(*Name, *F, S.Where, S.Via);
    }
    for (const CallFact &Call : F->Calls) {
      if (Facts.Functions.count(Call.Callee))
        continue; // defined in the program: followed by reachability
      const std::vector<std::string> *Syscalls =
          Libc.syscallsOf(Call.CalleeName);
      if (!Syscalls) {
        Unmodelled.insert(Call.CalleeName);
        continue;
      }
      for (const std::string &Syscall : *Syscalls)
        AddSite(Syscall, *F, Call.Where, Call.CalleeName);
    }
    for (const UnresolvedFact &U : F->Unresolved)
      Out.Diags.push_back({Severity::Warning, U.Where, U.Message, U.Check});
  }

  Policy &P = Out.Result;
  P.DefaultAction = Options.DefaultAction;
  P.Architectures = {Table.architecture()};
  Provenance Origin;
  Origin.ToolVersion = Options.ToolVersion;
  Origin.Entries = Options.Entries;
  Origin.Models = {Libc.name()};
  Origin.Baselines = Options.Baselines;
  std::set<std::string> Allowed;
  for (auto &[Syscall, SiteSet] : Sites) {
    Allowed.insert(Syscall);
    Out.Sites += SiteSet.size();
    Origin.Sites[Syscall].assign(SiteSet.begin(), SiteSet.end());
  }
  for (const std::string &Baseline : Options.Baselines) {
    const std::vector<std::string> *Syscalls = Libc.baseline(Baseline);
    if (!Syscalls) {
      Out.Diags.push_back(
          {Severity::Error,
           {},
           "the model " + Libc.name() + " has no baseline '" + Baseline + "'",
           ""});
      continue;
    }
    for (const std::string &Syscall : *Syscalls) {
      Allowed.insert(Syscall);
      Origin.FromBaselines[Syscall].push_back(Baseline);
    }
  }
  Origin.Unmodelled.assign(Unmodelled.begin(), Unmodelled.end());
  // A function seen in several TUs reports the same problem once.
  std::set<std::tuple<SourceLocation, std::string>> Seen;
  std::erase_if(Out.Diags, [&](const Diagnostic &D) {
    return !Seen.emplace(D.Where, D.Message).second;
  });
  if (!Allowed.empty()) {
    SyscallRule Rule;
    Rule.Names.assign(Allowed.begin(), Allowed.end());
    Rule.Act = Action::Allow;
    P.Syscalls.push_back(std::move(Rule));
  }
  P.Origin = std::move(Origin);
  return Out;
}

} // namespace sysprune::policy
