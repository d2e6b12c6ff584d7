#pragma once

#include "policy/check/CheckInfo.h"
#include "policy/core/Finding.h"
#include "policy/facts/ProgramFacts.h"

#include <vector>

namespace sysprune::policy {

/// The checks drawn from the man pages, found while scanning
/// (LintDecisions.cpp).
const std::vector<CheckInfo> &lintChecks();

/// What the lint checks need to know beyond the facts.
struct LintContext {
  /// The program is hardened by sysprune (sysprune_harden passes
  /// --hardened): a seccomp filter of its own would stack on ours.
  bool Hardened = false;
};

/// The lint findings of a whole program: the per-translation-unit findings
/// in \p Facts, with those that depend on the whole program (does it create
/// threads? which signals does it block?) decided here. In a stable order
/// (file, line, column, check), without repeats.
Findings resolveLintFindings(const ProgramFacts &Facts,
                             const LintContext &Context);

} // namespace sysprune::policy
