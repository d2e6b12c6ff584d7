#include "policy/diff/PolicyDiffText.h"

#include "policy/report/Explanation.h"

#include <string_view>

namespace sysprune::policy {

namespace {
/// More sites than this are counted, not listed: a PR comment about write(2)
/// should not list fifty printf calls.
constexpr size_t MaxSites = 3;

std::string code(const std::string &S, bool Markdown) {
  return Markdown ? "`" + S + "`" : S;
}

std::string location(const SourceLocation &L, bool Markdown) {
  return code(L.File + ":" + std::to_string(L.Line) + ":" +
                  std::to_string(L.Column),
              Markdown);
}

std::string site(const Site &S, bool Markdown) {
  return location(S.Where, Markdown) + " in " + code(S.Function, Markdown) +
         " (via " + code(S.Via, Markdown) + ")";
}

std::string quotedList(const std::vector<std::string> &Items, bool Markdown) {
  std::string Out;
  for (const std::string &I : Items)
    Out +=
        (Out.empty() ? "" : ", ") + (Markdown ? code(I, true) : "'" + I + "'");
  return Out;
}

/// \p S as Markdown text: its markup characters escaped.
std::string escaped(const std::string &S) {
  std::string Out;
  for (char C : S) {
    if (std::string_view("\\`*_[]<>|").find(C) != std::string_view::npos)
      Out += '\\';
    Out += C;
  }
  return Out;
}

std::string conditions(const SyscallAllowance &R, bool Markdown) {
  return code(describeConditions(R.Conditions), Markdown);
}

std::string alternatives(const std::vector<SyscallAllowance> &Rules,
                         bool Markdown) {
  std::string Out;
  for (const SyscallAllowance &R : Rules)
    Out += (Out.empty() ? "" : " or ") +
           (R.Conditions.empty() ? "any arguments" : conditions(R, Markdown));
  return Out;
}
} // namespace

std::string changeHeadline(const RuleChange &C, bool Markdown) {
  std::string Out = code(C.Syscall, Markdown);
  if (!C.Rule.Conditions.empty())
    Out += " when " + conditions(C.Rule, Markdown);
  else if (!C.Was.empty())
    Out += " with any arguments";
  if (C.Rule.Act != Action::Allow)
    Out += " (" + code(actionText(C.Rule.Act, C.Rule.ErrnoRet), Markdown) + ")";
  if (!C.Was.empty())
    Out += " (was: " + alternatives(C.Was, Markdown) + ")";
  return Out;
}

std::vector<std::string> evidenceLines(const Evidence &E, bool Current,
                                       bool Markdown) {
  std::vector<std::string> Out;
  if (!Current) {
    if (!E.Sites.empty())
      Out.push_back("was needed at " + site(E.Sites.front(), Markdown));
    else if (!E.Baselines.empty())
      Out.push_back("was needed by the baseline " +
                    quotedList({E.Baselines.front()}, Markdown));
    return Out;
  }
  for (size_t I = 0; I < E.Sites.size() && I < MaxSites; ++I)
    Out.push_back("needed at " + site(E.Sites[I], Markdown));
  if (E.Sites.size() > MaxSites)
    Out.push_back("and " + std::to_string(E.Sites.size() - MaxSites) +
                  " more site" + (E.Sites.size() - MaxSites == 1 ? "" : "s"));
  if (!E.Chain.empty()) {
    std::string Chain;
    for (const Frame &F : E.Chain)
      Chain += (Chain.empty() ? ""
                : Markdown    ? " → "
                              : " -> ") +
               code(F.Function, Markdown) + " (" + location(F.Where, Markdown) +
               ")";
    Out.push_back("call chain: " + Chain);
  }
  if (!E.Baselines.empty())
    Out.push_back("needed by the baseline" +
                  std::string(E.Baselines.size() == 1 ? " " : "s ") +
                  quotedList(E.Baselines, Markdown));
  if (!E.Unrestricted.empty())
    Out.push_back("no argument rule could be made: " +
                  (Markdown ? escaped(E.Unrestricted) : E.Unrestricted));
  if (!E.Inputs.empty())
    Out.push_back(
        std::string(E.Inputs.size() == 1 ? "from input " : "from inputs ") +
        quotedList(E.Inputs, Markdown));
  return Out;
}

std::string renderDiffText(const PolicyDiff &D, const std::string &OldName,
                           const std::string &NewName) {
  if (D.empty())
    return "";
  std::string Out = OldName + " -> " + NewName + ": " +
                    describeSummary(summarise(D), "-") + "\n";
  if (D.DefaultAction)
    Out += "\nDefault action: " + D.DefaultAction->first + " -> " +
           D.DefaultAction->second + "\n";
  auto Changed = [&](const char *Title, const std::vector<std::string> &Added,
                     const std::vector<std::string> &Removed) {
    if (Added.empty() && Removed.empty())
      return;
    Out += std::string("\n") + Title + ":";
    for (const std::string &A : Added)
      Out += " +" + A;
    for (const std::string &R : Removed)
      Out += " -" + R;
    Out += "\n";
  };
  Changed("Architectures", D.ArchitecturesAdded, D.ArchitecturesRemoved);
  Changed("Flags", D.FlagsAdded, D.FlagsRemoved);
  for (const DiffSection &S : diffSections(D)) {
    if (S.Changes->empty())
      continue;
    Out += std::string("\n") + S.Title + ":\n";
    for (const RuleChange &C : *S.Changes) {
      Out += std::string("  ") + (S.Adds ? "+ " : "- ") +
             changeHeadline(C, false) + "\n";
      for (const std::string &Line : evidenceLines(C.Why, S.WhyFromNew, false))
        Out += "      " + Line + "\n";
    }
  }
  return Out;
}

} // namespace sysprune::policy
