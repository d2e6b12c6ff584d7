#include "policy/diff/PolicyDiffMarkdown.h"
#include "policy/diff/PolicyDiffText.h"

namespace sysprune::policy {

namespace {
std::string codeList(const std::vector<std::string> &Items) {
  std::string Out;
  for (const std::string &I : Items)
    Out += (Out.empty() ? "`" : ", `") + I + "`";
  return Out;
}
} // namespace

std::string renderDiffMarkdown(const PolicyDiff &D, const std::string &OldName,
                               const std::string &NewName) {
  // U+2212, the minus sign: a hyphen at the start of "-1 syscall" would read
  // as a list item.
  std::string Out = "### sysprune policy diff\n\n`" + OldName + "` → `" +
                    NewName + "`: **" +
                    describeSummary(summarise(D), "\u2212") + "**\n";
  std::string Settings;
  if (D.DefaultAction)
    Settings += "- Default action: `" + D.DefaultAction->first + "` → `" +
                D.DefaultAction->second + "`\n";
  auto Changed = [&](const char *Title, const std::vector<std::string> &Added,
                     const std::vector<std::string> &Removed) {
    if (Added.empty() && Removed.empty())
      return;
    Settings += std::string("- ") + Title + ":";
    if (!Added.empty())
      Settings += " added " + codeList(Added) + (Removed.empty() ? "" : ";");
    if (!Removed.empty())
      Settings += " removed " + codeList(Removed);
    Settings += "\n";
  };
  Changed("Architectures", D.ArchitecturesAdded, D.ArchitecturesRemoved);
  Changed("Flags", D.FlagsAdded, D.FlagsRemoved);
  if (!Settings.empty())
    Out += "\n" + Settings;
  for (const DiffSection &S : diffSections(D)) {
    if (S.Changes->empty())
      continue;
    Out += std::string("\n#### ") + S.Title + "\n\n";
    for (const RuleChange &C : *S.Changes) {
      Out += "- " + changeHeadline(C, true) + "\n";
      for (const std::string &Line : evidenceLines(C.Why, S.WhyFromNew, true))
        Out += "  - " + Line + "\n";
    }
  }
  return Out;
}

} // namespace sysprune::policy
