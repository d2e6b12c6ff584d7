#include "policy/diff/PolicyDiff.h"

#include <algorithm>
#include <set>

namespace sysprune::policy {

namespace {
/// What \p P's provenance says about \p Rule of \p Syscall: the argument
/// rule's own record when it has one, the syscall's otherwise.
Evidence evidenceOf(const Policy &P, const std::string &Syscall,
                    const SyscallAllowance &Rule) {
  Evidence Out;
  if (!P.Origin)
    return Out;
  const Provenance &O = *P.Origin;
  if (!Rule.Conditions.empty())
    if (const ArgumentUse *Use = findArgumentUse(O, Syscall, Rule.Conditions)) {
      Out.Sites = Use->Sites;
      Out.Chain = Use->Chain;
      Out.Inputs = Use->Inputs;
      return Out;
    }
  if (auto *Sites = lookup(O.Sites, Syscall))
    Out.Sites = *Sites;
  if (auto *Chain = lookup(O.Chains, Syscall))
    Out.Chain = *Chain;
  if (auto *Baselines = lookup(O.FromBaselines, Syscall))
    Out.Baselines = *Baselines;
  if (auto *Inputs = lookup(O.FromInputs, Syscall))
    Out.Inputs = *Inputs;
  if (auto *Why = lookup(O.Unrestricted, Syscall))
    Out.Unrestricted = *Why;
  return Out;
}

bool contains(const std::vector<SyscallAllowance> &Rules,
              const SyscallAllowance &Rule) {
  return std::any_of(Rules.begin(), Rules.end(),
                     [&](const SyscallAllowance &R) { return R.sameAs(Rule); });
}

/// The members of \p A not in \p B, sorted.
std::vector<std::string> missingFrom(const std::vector<std::string> &A,
                                     const std::vector<std::string> &B) {
  std::set<std::string> Out(A.begin(), A.end());
  for (const std::string &S : B)
    Out.erase(S);
  return {Out.begin(), Out.end()};
}

/// Sorts \p Rules of one syscall's changes into the diff's lists.
void classify(const std::string &Syscall, const Policy &Old, const Policy &New,
              const std::vector<SyscallAllowance> &Before,
              const std::vector<SyscallAllowance> &After, PolicyDiff &Out) {
  std::vector<SyscallAllowance> Added, Removed;
  for (const SyscallAllowance &R : After)
    if (!contains(Before, R))
      Added.push_back(R);
  for (const SyscallAllowance &R : Before)
    if (!contains(After, R))
      Removed.push_back(R);
  // The rules of the same action as \p Rule in \p Rules.
  auto OfAction = [](const std::vector<SyscallAllowance> &Rules,
                     const SyscallAllowance &Rule) {
    std::vector<SyscallAllowance> Same;
    for (const SyscallAllowance &R : Rules)
      if (R.sameActionAs(Rule))
        Same.push_back(R);
    return Same;
  };
  auto Erase = [](std::vector<SyscallAllowance> &From,
                  const std::vector<SyscallAllowance> &Gone) {
    std::erase_if(From,
                  [&](const SyscallAllowance &R) { return contains(Gone, R); });
  };
  // Any arguments where there were argument rules, or the reverse.
  for (const SyscallAllowance &R : std::vector(Added)) {
    std::vector<SyscallAllowance> Was = OfAction(Before, R);
    if (!R.Conditions.empty() || Was.empty())
      continue;
    Out.Widened.push_back({Syscall, R, Was, evidenceOf(New, Syscall, R)});
    Erase(Added, {R});
    Erase(Removed, Was);
  }
  for (const SyscallAllowance &R : std::vector(Removed)) {
    std::vector<SyscallAllowance> Now = OfAction(After, R);
    if (!R.Conditions.empty() || Now.empty())
      continue;
    for (const SyscallAllowance &N : Now)
      Out.Narrowed.push_back({Syscall, N, {R}, evidenceOf(New, Syscall, N)});
    Erase(Added, Now);
    Erase(Removed, {R});
  }
  for (const SyscallAllowance &R : Added)
    Out.RulesAdded.push_back({Syscall, R, {}, evidenceOf(New, Syscall, R)});
  for (const SyscallAllowance &R : Removed)
    Out.RulesRemoved.push_back({Syscall, R, {}, evidenceOf(Old, Syscall, R)});
}

size_t distinctSyscalls(const std::vector<RuleChange> &Changes) {
  std::set<std::string> Names;
  for (const RuleChange &C : Changes)
    Names.insert(C.Syscall);
  return Names.size();
}
} // namespace

bool PolicyDiff::empty() const {
  return !DefaultAction && ArchitecturesAdded.empty() &&
         ArchitecturesRemoved.empty() && FlagsAdded.empty() &&
         FlagsRemoved.empty() && SyscallsAdded.empty() &&
         SyscallsRemoved.empty() && Widened.empty() && Narrowed.empty() &&
         RulesAdded.empty() && RulesRemoved.empty();
}

PolicyDiff diffPolicies(const Policy &Old, const Policy &New) {
  PolicyDiff Out;
  std::string OldDefault = actionText(Old.DefaultAction, Old.DefaultErrnoRet);
  std::string NewDefault = actionText(New.DefaultAction, New.DefaultErrnoRet);
  if (OldDefault != NewDefault)
    Out.DefaultAction = {OldDefault, NewDefault};
  Out.ArchitecturesAdded = missingFrom(New.Architectures, Old.Architectures);
  Out.ArchitecturesRemoved = missingFrom(Old.Architectures, New.Architectures);
  Out.FlagsAdded = missingFrom(New.Flags, Old.Flags);
  Out.FlagsRemoved = missingFrom(Old.Flags, New.Flags);

  auto Before = rulesBySyscall(Old);
  auto After = rulesBySyscall(New);
  std::set<std::string> Names;
  for (const auto &Entry : Before)
    Names.insert(Entry.first);
  for (const auto &Entry : After)
    Names.insert(Entry.first);
  static const std::vector<SyscallAllowance> None;
  for (const std::string &Name : Names) {
    const auto *OldRules = lookup(Before, Name);
    const auto *NewRules = lookup(After, Name);
    if (!OldRules) {
      for (const SyscallAllowance &R : *NewRules)
        Out.SyscallsAdded.push_back({Name, R, {}, evidenceOf(New, Name, R)});
    } else if (!NewRules) {
      for (const SyscallAllowance &R : *OldRules)
        Out.SyscallsRemoved.push_back({Name, R, {}, evidenceOf(Old, Name, R)});
    } else {
      classify(Name, Old, New, *OldRules, *NewRules, Out);
    }
  }
  return Out;
}

DiffSummary summarise(const PolicyDiff &D) {
  DiffSummary S;
  S.SyscallsAdded = distinctSyscalls(D.SyscallsAdded);
  S.SyscallsRemoved = distinctSyscalls(D.SyscallsRemoved);
  S.RulesAdded = D.RulesAdded.size();
  S.RulesRemoved = D.RulesRemoved.size();
  S.Widened = distinctSyscalls(D.Widened);
  S.Narrowed = distinctSyscalls(D.Narrowed);
  S.SettingsChanged = D.DefaultAction || !D.ArchitecturesAdded.empty() ||
                      !D.ArchitecturesRemoved.empty() ||
                      !D.FlagsAdded.empty() || !D.FlagsRemoved.empty();
  return S;
}

std::string describeSummary(const DiffSummary &S, const std::string &Minus) {
  auto Count = [](size_t N, const std::string &Noun) {
    return std::to_string(N) + " " + Noun + (N == 1 ? "" : "s");
  };
  const std::pair<size_t, std::string> Parts[] = {
      {S.SyscallsAdded, "+" + Count(S.SyscallsAdded, "syscall")},
      {S.SyscallsRemoved, Minus + Count(S.SyscallsRemoved, "syscall")},
      {S.Widened, std::to_string(S.Widened) + " widened to any arguments"},
      {S.RulesAdded, "+" + Count(S.RulesAdded, "argument rule")},
      {S.RulesRemoved, Minus + Count(S.RulesRemoved, "argument rule")},
      {S.Narrowed, std::to_string(S.Narrowed) + " narrowed to argument rules"},
      {S.SettingsChanged, "filter settings changed"}};
  std::string Out;
  for (const auto &[N, Text] : Parts)
    if (N)
      Out += (Out.empty() ? "" : ", ") + Text;
  return Out.empty() ? "no changes" : Out;
}

std::array<DiffSection, 6> diffSections(const PolicyDiff &D) {
  return {{
      {"Syscalls added", "syscallsAdded", true, true, &D.SyscallsAdded},
      {"Widened to any arguments", "widened", true, true, &D.Widened},
      {"Argument rules added", "rulesAdded", true, true, &D.RulesAdded},
      {"Syscalls removed", "syscallsRemoved", false, false, &D.SyscallsRemoved},
      {"Narrowed to argument rules", "narrowed", false, true, &D.Narrowed},
      {"Argument rules removed", "rulesRemoved", false, false, &D.RulesRemoved},
  }};
}

} // namespace sysprune::policy
