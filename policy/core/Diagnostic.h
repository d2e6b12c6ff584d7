#pragma once

#include <string>
#include <vector>

namespace sysprune::policy {

/// A position in a source or policy file; Line and Column are 1-based, 0 when
/// unknown.
struct SourceLocation {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;

  friend auto operator<=>(const SourceLocation &,
                          const SourceLocation &) = default;
};

/// How serious a diagnostic is, as clang spells it.
enum class Severity { Note, Warning, Error };

/// One message for the user, printed in clang's `file:line:col: kind:` form.
struct Diagnostic {
  Severity Level = Severity::Error;
  SourceLocation Where;
  std::string Message;
  /// The name of the check that produced it, printed as `[name]`; may be
  /// empty.
  std::string Check;
};

/// Diagnostics collected by one operation, in the order they were found.
using Diagnostics = std::vector<Diagnostic>;

/// True when any diagnostic in \p Diags is an error.
bool hasErrors(const Diagnostics &Diags);

/// "note", "warning" or "error".
const char *severityName(Severity Level);

} // namespace sysprune::policy
