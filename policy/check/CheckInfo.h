#pragma once

#include "policy/core/Diagnostic.h"

#include <string>

namespace sysprune::policy {

/// A named check of `sysprune check`, enabled and disabled by name as
/// clang-tidy's are.
struct CheckInfo {
  std::string Name;
  /// The severity of its findings.
  Severity Level = Severity::Warning;
  /// One line: what it finds.
  std::string Summary;
  /// Its page, relative to the repository: docs/checks/<name>.md.
  std::string Documentation;
};

} // namespace sysprune::policy
