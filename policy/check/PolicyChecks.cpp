// The checks of `sysprune check` that compare what the code needs with a
// committed policy: a syscall or an argument value the code needs and the
// policy does not allow fails the build; a syscall the policy allows and the
// code no longer needs is a warning, since the policy can be tightened.

#include "policy/check/PolicyChecks.h"

#include "policy/core/SyscallRules.h"
#include "policy/diff/PolicyDiff.h"
#include "policy/diff/RuleCoverage.h"
#include "policy/json/JsonLocator.h"
#include "policy/report/Explanation.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace sysprune::policy {

const std::vector<CheckInfo> &policyChecks() {
  static const std::vector<CheckInfo> Checks = {
      {"policy-new-syscall", Severity::Error,
       "the code needs a syscall the committed policy does not allow",
       "docs/checks/policy-new-syscall.md"},
      {"policy-new-argument", Severity::Error,
       "the code makes a syscall with arguments the committed policy's "
       "rules do not allow",
       "docs/checks/policy-new-argument.md"},
      {"policy-unneeded-syscall", Severity::Warning,
       "the committed policy allows a syscall the code no longer needs: the "
       "policy can be tightened",
       "docs/checks/policy-unneeded-syscall.md"},
      {"policy-new-program", Severity::Error,
       "the code runs a program the committed policy does not include: "
       "it would run under a filter made without it",
       "docs/checks/policy-new-program.md"},
      {"policy-unmodelled", Severity::Warning,
       "the code calls a function no model describes, or links a library "
       "that cannot be found: what it does is not in any policy (an error "
       "with --hardened)",
       "docs/checks/policy-unmodelled.md"},
  };
  return Checks;
}

namespace {
/// Whether a rule or default with this action lets the syscall run.
bool lets(Action A) { return A == Action::Allow || A == Action::Log; }

/// Where the committed policy first names \p Syscall, and that rule.
struct CommittedPlace {
  SourceLocation Name;
  SourceLocation Rule;
};

CommittedPlace placeOf(const Policy &P, const JsonLocator &Where,
                       const std::string &Syscall) {
  for (size_t I = 0; I < P.Syscalls.size(); ++I)
    for (size_t J = 0; J < P.Syscalls[I].Names.size(); ++J)
      if (P.Syscalls[I].Names[J] == Syscall) {
        std::string Rule = "/syscalls/" + std::to_string(I);
        return {Where.locate(Rule + "/names/" + std::to_string(J)),
                Where.locate(Rule)};
      }
  return {};
}

/// The site the chain of \p Why ends at (the shallowest), else its first.
const Site *siteOf(const Evidence &Why) {
  for (const Site &S : Why.Sites)
    if (!Why.Chain.empty() && S.Where == Why.Chain.back().Where)
      return &S;
  return Why.Sites.empty() ? nullptr : &Why.Sites.front();
}

/// "in function 'main' (through 'prctl')", or what needs it when no source
/// line does.
std::string neededBy(const Evidence &Why) {
  if (const Site *S = siteOf(Why))
    return "needed here, in function '" + S->Function + "' (through '" +
           S->Via + "')";
  if (!Why.Baselines.empty())
    return "needed by the baseline '" + Why.Baselines.front() + "'";
  return "needed by the code";
}

/// A finding of \p Check at the site that needs a change, with the calls
/// that reach it (innermost first), the other sites, the baselines and why
/// no argument rule could be made as notes.
Finding atSite(const std::string &Check, const std::string &Message,
               const Evidence &Why) {
  Finding F;
  F.Main = {Severity::Error, {}, Message, Check};
  if (const Site *S = siteOf(Why))
    F.Main.Where = S->Where;
  for (size_t I = Why.Chain.size(); I-- > 1;)
    F.Notes.push_back(
        {Severity::Note, Why.Chain[I - 1].Where,
         "called from function '" + Why.Chain[I - 1].Function + "'", ""});
  // A few other sites show the pattern; `sysprune explain` lists them all.
  constexpr size_t MostSites = 3;
  size_t Others = 0;
  for (const Site &S : Why.Sites) {
    if (S.Where == F.Main.Where)
      continue;
    if (++Others <= MostSites)
      F.Notes.push_back({Severity::Note, S.Where,
                         "also needed here, in function '" + S.Function +
                             "' (through '" + S.Via + "')",
                         ""});
  }
  if (Others > MostSites)
    F.Notes.push_back({Severity::Note,
                       {},
                       "and at " + std::to_string(Others - MostSites) +
                           " more site" + (Others - MostSites == 1 ? "" : "s"),
                       ""});
  for (const std::string &B : Why.Baselines)
    if (siteOf(Why) || B != Why.Baselines.front())
      F.Notes.push_back(
          {Severity::Note, {}, "also needed by the baseline '" + B + "'", ""});
  if (!Why.Unrestricted.empty())
    F.Notes.push_back({Severity::Note,
                       {},
                       "no argument rule could be made: " + Why.Unrestricted,
                       ""});
  // The check cannot tell a mistake from an intended change; review can.
  F.Notes.push_back({Severity::Note,
                     {},
                     "if the change is intended, scan the code again "
                     "(sysprune scan) and commit the new policy",
                     ""});
  return F;
}

/// "SCMP_ACT_ALLOW when argument 0 == 15; SCMP_ACT_ERRNO(1)": every rule
/// \p Rules has.
std::string describeRules(const std::vector<SyscallAllowance> &Rules) {
  std::string Out;
  for (const SyscallAllowance &R : Rules) {
    if (!Out.empty())
      Out += "; ";
    Out += actionText(R.Act, R.ErrnoRet);
    if (!R.Conditions.empty())
      Out += " when " + describeConditions(R.Conditions);
  }
  return Out;
}

/// The programs \p P's policy includes besides its own, from the inputs
/// merged after the program's ("PATH (run by 'system' at main.c:34)"):
/// each program's path, and its input.
std::vector<std::pair<std::string, std::string>> programsOf(const Policy &P) {
  std::vector<std::pair<std::string, std::string>> Programs;
  if (P.Origin)
    for (size_t I = 1; I < P.Origin->Inputs.size(); ++I) {
      const std::string &Input = P.Origin->Inputs[I];
      Programs.emplace_back(Input.substr(0, Input.find(" (")), Input);
    }
  return Programs;
}

/// Where the source runs a program, when its merged \p Input says
/// (" at FILE:LINE)"); an empty location when not.
SourceLocation whereRun(const std::string &Input) {
  SourceLocation At;
  if (size_t Pos = Input.rfind(" at ");
      Pos != std::string::npos && Input.back() == ')') {
    std::string Place = Input.substr(Pos + 4, Input.size() - Pos - 5);
    if (size_t Colon = Place.rfind(':'); Colon != std::string::npos) {
      At.File = Place.substr(0, Colon);
      At.Line = static_cast<unsigned>(
          std::strtoul(Place.c_str() + Colon + 1, nullptr, 10));
    }
  }
  return At;
}

/// The findings of comparing what the code needs with a committed policy,
/// each kept with what it is sorted by (its syscall, or its program).
class PolicyComparison {
public:
  PolicyComparison(const Policy &Committed, const std::string &CommittedPath,
                   const std::string &CommittedText)
      : Committed(Committed), Where(CommittedPath, CommittedText),
        CommittedRules(rulesBySyscall(Committed)),
        Named(" the committed policy (" + CommittedPath + ")") {}

  /// Syscalls the code needs and the committed policy does not allow.
  void newSyscalls(const PolicyDiff &Diff) {
    for (const RuleChange &C : Diff.SyscallsAdded) {
      // A default that lets syscalls run lets this one run too.
      if (lets(Committed.DefaultAction) || !lets(C.Rule.Act))
        continue;
      std::string What = "'" + C.Syscall + "'";
      if (!C.Rule.Conditions.empty())
        What += " (" + describeConditions(C.Rule.Conditions) + ")";
      Out.emplace_back(C.Syscall, atSite("policy-new-syscall",
                                         What + " is not allowed by" + Named +
                                             ": " + neededBy(C.Why),
                                         C.Why));
    }
  }

  /// Arguments the code passes that the committed rules do not allow.
  void newArguments(const PolicyDiff &Diff) {
    for (const RuleChange &C : Diff.Widened)
      if (lets(C.Rule.Act))
        newArgument(C, "'" + C.Syscall + "' is needed with any arguments, but" +
                           Named +
                           " allows it only with some: " + neededBy(C.Why));
    for (const RuleChange &C : Diff.RulesAdded)
      if (lets(C.Rule.Act))
        newArgument(C, "'" + C.Syscall + "' is needed with " +
                           describeConditions(C.Rule.Conditions) + ", which" +
                           Named + " does not allow: " + neededBy(C.Why));
  }

  /// Syscalls the committed policy allows and the code no longer needs.
  void unneededSyscalls(const PolicyDiff &Diff) {
    // One warning per syscall, however many rules it had.
    for (const RuleChange &C : Diff.SyscallsRemoved) {
      if (!lets(C.Rule.Act) || (!Out.empty() && Out.back().first == C.Syscall))
        continue;
      Finding F;
      F.Main = {Severity::Warning, placeOf(Committed, Where, C.Syscall).Name,
                "the committed policy allows '" + C.Syscall +
                    "', which the code no longer needs: the policy can be "
                    "tightened",
                "policy-unneeded-syscall"};
      if (const Site *S = siteOf(C.Why))
        F.Notes.push_back({Severity::Note,
                           {},
                           "the policy records it as needed at " +
                               S->Where.File + ":" +
                               std::to_string(S->Where.Line) + ":" +
                               std::to_string(S->Where.Column) +
                               ", in function '" + S->Function + "'",
                           ""});
      Out.emplace_back(C.Syscall, std::move(F));
    }
  }

  /// Programs the code now runs that the committed policy does not
  /// include: like a new syscall, a change for review (reported first).
  void newPrograms(const Policy &Needed) {
    auto CommittedPrograms = programsOf(Committed);
    for (const auto &[Program, Input] : programsOf(Needed)) {
      if (std::any_of(CommittedPrograms.begin(), CommittedPrograms.end(),
                      [&, &Program = Program](const auto &C) {
                        return C.first == Program;
                      }))
        continue;
      Finding F;
      F.Main = {Severity::Error, whereRun(Input),
                "the code runs '" + Program + "', which" + Named +
                    " does not include (" +
                    Input.substr(std::min(Input.size(), Program.size() + 2)) +
                    ": it runs under the program's filter",
                "policy-new-program"};
      F.Notes.push_back({Severity::Note,
                         {},
                         "if the change is intended, scan the code again "
                         "(sysprune scan) and commit the new policy",
                         ""});
      Out.emplace_back("!program " + Program, std::move(F));
    }
  }

  /// The findings, by syscall (programs first), in the order found within
  /// one.
  Findings sorted() {
    std::stable_sort(Out.begin(), Out.end(), [](const auto &A, const auto &B) {
      return A.first < B.first;
    });
    Findings Result;
    for (auto &Entry : Out)
      Result.push_back(std::move(Entry.second));
    return Result;
  }

private:
  /// Argument rules the committed ones may or may not cover: a rule the
  /// code needs is covered when one committed rule that lets the call run
  /// admits every argument value it admits.
  void newArgument(const RuleChange &C, const std::string &Message) {
    const auto *Rules = lookup(CommittedRules, C.Syscall);
    // Under a default that lets syscalls run, only a rule that does not can
    // stop the call.
    if (lets(Committed.DefaultAction) && Rules &&
        std::all_of(Rules->begin(), Rules->end(),
                    [](const SyscallAllowance &R) { return lets(R.Act); }))
      return;
    if (Rules && std::any_of(Rules->begin(), Rules->end(),
                             [&](const SyscallAllowance &R) {
                               return lets(R.Act) &&
                                      conditionsImply(C.Rule.Conditions,
                                                      R.Conditions);
                             }))
      return;
    Finding F = atSite("policy-new-argument", Message, C.Why);
    if (Rules)
      F.Notes.push_back({Severity::Note,
                         placeOf(Committed, Where, C.Syscall).Rule,
                         "the committed policy has for '" + C.Syscall +
                             "': " + describeRules(*Rules),
                         ""});
    Out.emplace_back(C.Syscall, std::move(F));
  }

  const Policy &Committed;
  const JsonLocator Where;
  const std::map<std::string, std::vector<SyscallAllowance>> CommittedRules;
  /// " the committed policy (PATH)", as the messages name it.
  const std::string Named;
  std::vector<std::pair<std::string, Finding>> Out;
};
} // namespace

Findings checkPolicy(const Policy &Committed, const std::string &CommittedPath,
                     const std::string &CommittedText, const Policy &Needed) {
  PolicyComparison Comparison(Committed, CommittedPath, CommittedText);
  const PolicyDiff Diff = diffPolicies(Committed, Needed);
  Comparison.newSyscalls(Diff);
  Comparison.newArguments(Diff);
  Comparison.unneededSyscalls(Diff);
  Comparison.newPrograms(Needed);
  return Comparison.sorted();
}

} // namespace sysprune::policy
