// The lint checks drawn from the man pages: their names, and the decisions
// that need the whole program.

#include "policy/Checks.h"

#include <algorithm>
#include <tuple>

namespace sysprune::policy {

const std::vector<CheckInfo> &lintChecks() {
  static const std::vector<CheckInfo> Checks = {};
  return Checks;
}

Findings resolveLintFindings(const ProgramFacts &Facts,
                             const LintContext &Context) {
  (void)Context;
  Findings Result = Facts.LintFindings;
  std::stable_sort(Result.begin(), Result.end(),
                   [](const Finding &A, const Finding &B) {
                     return std::tie(A.Main.Where, A.Main.Check) <
                            std::tie(B.Main.Where, B.Main.Check);
                   });
  return Result;
}

} // namespace sysprune::policy
