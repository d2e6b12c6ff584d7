#include "tool/driver/CheckSelection.h"

#include <llvm/Support/GlobPattern.h>

namespace sysprune::tool {

namespace {
bool matches(llvm::StringRef Glob, llvm::StringRef Name) {
  auto Pattern = llvm::GlobPattern::create(Glob);
  return Pattern && Pattern->match(Name);
}
} // namespace

std::optional<CheckSelection>
CheckSelection::parse(llvm::StringRef Globs,
                      const std::vector<policy::CheckInfo> &Known,
                      DiagnosticPrinter &Printer) {
  CheckSelection Out;
  Out.Known = Known;
  llvm::SmallVector<llvm::StringRef> Parts;
  Globs.split(Parts, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    if (Part.empty())
      continue;
    bool Enable = !Part.consume_front("-");
    Part = Part.trim();
    auto Pattern = llvm::GlobPattern::create(Part);
    if (!Pattern) {
      Printer.print({policy::Severity::Error,
                     {},
                     "--checks: '" + Part.str() +
                         "' is not a glob: " + toString(Pattern.takeError()),
                     ""});
      return std::nullopt;
    }
    // A misspelt name would otherwise silently check nothing.
    bool Any = false;
    for (const policy::CheckInfo &C : Known)
      Any = Any || Pattern->match(C.Name);
    if (!Any) {
      std::string Names;
      for (const policy::CheckInfo &C : Known)
        Names += (Names.empty() ? "" : ", ") + C.Name;
      Printer.print({policy::Severity::Error,
                     {},
                     "--checks: '" + Part.str() +
                         "' names no check; the checks are: " + Names,
                     ""});
      return std::nullopt;
    }
    Out.Entries.push_back({Part.str(), Enable});
  }
  return Out;
}

bool CheckSelection::enabled(llvm::StringRef Name) const {
  bool Enabled = true;
  for (const Entry &E : Entries)
    if (matches(E.Glob, Name))
      Enabled = E.Enable;
  return Enabled;
}

std::vector<policy::CheckInfo> CheckSelection::enabledChecks() const {
  std::vector<policy::CheckInfo> Out;
  for (const policy::CheckInfo &C : Known)
    if (enabled(C.Name))
      Out.push_back(C);
  return Out;
}

} // namespace sysprune::tool
