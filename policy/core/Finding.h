#pragma once

#include "policy/core/Diagnostic.h"

#include <string>
#include <vector>

namespace sysprune::policy {

/// An edit that fixes a finding: the text from Begin up to (not including)
/// End, both in Begin.File, becomes Replacement. Begin == End inserts.
struct FixIt {
  SourceLocation Begin;
  SourceLocation End;
  std::string Replacement;

  friend auto operator<=>(const FixIt &, const FixIt &) = default;
};

/// One problem a check found: the diagnostic (Main.Check names the check),
/// the notes that explain it (a call chain, the rule it breaks, what the
/// man page says), and the edits that fix it where an edit is safe.
struct Finding {
  Diagnostic Main;
  std::vector<Diagnostic> Notes;
  std::vector<FixIt> Fixes;
};

using Findings = std::vector<Finding>;

/// True when \p A and \p B report the same thing at the same place (the
/// same check, location and message): a finding in a header is found again
/// in every translation unit that includes it.
bool sameFinding(const Finding &A, const Finding &B);

} // namespace sysprune::policy
