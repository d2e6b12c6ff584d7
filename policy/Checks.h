#pragma once

#include "policy/Diagnostic.h"
#include "policy/Finding.h"
#include "policy/Policy.h"
#include "policy/ProgramFacts.h"

#include <string>
#include <vector>

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

/// The checks that compare what the code needs with a committed policy
/// (PolicyChecks.cpp).
const std::vector<CheckInfo> &policyChecks();

/// The policy checks' findings: what \p Needed (the policy the code needs
/// now, as linked) allows that \p Committed (read from \p CommittedPath,
/// whose text is \p CommittedText) does not, and the syscalls \p Committed
/// allows that \p Needed no longer has. In the order of the syscalls.
Findings checkPolicy(const Policy &Committed, const std::string &CommittedPath,
                     const std::string &CommittedText, const Policy &Needed);

/// The checks drawn from the man pages, found while scanning
/// (LintChecks.cpp).
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
