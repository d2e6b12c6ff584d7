// Where the program starts: the first stage of the link.

#include "policy/link/EntryPoints.h"

#include <set>

namespace sysprune::policy {

/// The entry points: the functions named by --entry (one program has one
/// `main`), or with --library every externally visible function.
bool findEntryPoints(const ProgramFacts &Facts, const LinkOptions &Options,
                     std::vector<const FunctionFacts *> &Roots,
                     Diagnostics &Diags) {
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

} // namespace sysprune::policy
