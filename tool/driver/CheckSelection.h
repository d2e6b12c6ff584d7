#pragma once

#include "tool/driver/DiagnosticPrinter.h"

#include "policy/check/CheckInfo.h"

#include <llvm/ADT/StringRef.h>

#include <optional>
#include <string>
#include <vector>

namespace sysprune::tool {

/// The checks --checks enables, as clang-tidy reads its list: globs
/// separated by commas, a leading '-' disables what the glob matches, later
/// entries win, and every check starts enabled.
class CheckSelection {
public:
  /// Parses \p Globs against \p Known; an error (and nullopt) for a glob
  /// that is malformed or names no check.
  static std::optional<CheckSelection>
  parse(llvm::StringRef Globs, const std::vector<policy::CheckInfo> &Known,
        DiagnosticPrinter &Printer);

  /// Whether the check named \p Name runs.
  bool enabled(llvm::StringRef Name) const;

  /// The known checks that run, in the order they were known.
  std::vector<policy::CheckInfo> enabledChecks() const;

private:
  struct Entry {
    std::string Glob;
    bool Enable;
  };
  std::vector<Entry> Entries;
  std::vector<policy::CheckInfo> Known;
};

} // namespace sysprune::tool
