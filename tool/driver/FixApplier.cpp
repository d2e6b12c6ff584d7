// `sysprune check --fix`: the checks' fix-its applied to the sources.

#include "tool/driver/FixApplier.h"

#include "tool/driver/CommandSupport.h"

#include <algorithm>
#include <map>
#include <vector>

namespace sysprune::tool {

namespace {
/// The byte offset of line \p Line, column \p Column (both 1-based) in
/// \p Text; nullopt when the text has no such place.
std::optional<size_t> offsetOf(const std::string &Text, unsigned Line,
                               unsigned Column) {
  if (Line == 0 || Column == 0)
    return std::nullopt;
  size_t Start = 0;
  for (unsigned L = 1; L < Line; ++L) {
    Start = Text.find('\n', Start);
    if (Start == std::string::npos)
      return std::nullopt;
    ++Start;
  }
  size_t End = Text.find('\n', Start);
  if (End == std::string::npos)
    End = Text.size();
  if (Start + Column - 1 > End)
    return std::nullopt;
  return Start + Column - 1;
}

struct Edit {
  size_t Begin, End;
  std::string Replacement;
};
} // namespace

std::optional<std::set<size_t>> applyFixes(const policy::Findings &All,
                                           DiagnosticPrinter &Printer) {
  std::map<std::string, std::string> Texts;
  std::map<std::string, std::vector<Edit>> Edits;
  std::set<size_t> Fixed;
  for (size_t I = 0; I < All.size(); ++I) {
    if (All[I].Fixes.empty())
      continue;
    // A finding's edits are applied together or not at all.
    std::map<std::string, std::vector<Edit>> Mine;
    bool Fits = true;
    for (const policy::FixIt &Fix : All[I].Fixes) {
      const std::string &File = Fix.Begin.File;
      if (!Texts.count(File)) {
        auto Text = readInput(File, "the file to fix", Printer);
        if (!Text)
          return std::nullopt;
        Texts[File] = std::move(*Text);
      }
      auto Begin = offsetOf(Texts[File], Fix.Begin.Line, Fix.Begin.Column);
      auto End = offsetOf(Texts[File], Fix.End.Line, Fix.End.Column);
      if (!Begin || !End || *End < *Begin || Fix.End.File != File) {
        Printer.print({policy::Severity::Warning, Fix.Begin,
                       "the fix-it of [" + All[I].Main.Check +
                           "] does not fit the file as it is now; not "
                           "applied",
                       ""});
        Fits = false;
        break;
      }
      for (const Edit &E : Edits[File])
        if (*Begin < E.End && E.Begin < *End)
          Fits = false;
      Mine[File].push_back({*Begin, *End, Fix.Replacement});
    }
    if (!Fits)
      continue;
    for (auto &[File, List] : Mine)
      Edits[File].insert(Edits[File].end(), List.begin(), List.end());
    Fixed.insert(I);
  }
  for (auto &[File, List] : Edits) {
    if (List.empty())
      continue;
    // From the end, so that earlier offsets stay valid.
    std::sort(List.begin(), List.end(),
              [](const Edit &A, const Edit &B) { return A.Begin > B.Begin; });
    std::string Text = Texts[File];
    for (const Edit &E : List)
      Text.replace(E.Begin, E.End - E.Begin, E.Replacement);
    if (!writeOutput(File, Text, "fixed file", Printer))
      return std::nullopt;
  }
  return Fixed;
}

} // namespace sysprune::tool
