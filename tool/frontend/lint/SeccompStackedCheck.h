#pragma once

#include "tool/frontend/lint/LintCheck.h"

namespace sysprune::scan::lint {

/// seccomp-stacked: the program installs a seccomp filter of its own
/// (prctl(PR_SET_SECCOMP), syscall(SYS_seccomp), libseccomp's seccomp_load).
/// A candidate: resolveLintFindings reports it only for a program hardened
/// by sysprune, where the two filters stack.
class SeccompStackedCheck : public LintCheck {
public:
  using LintCheck::LintCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder &Finder) override;
  void
  run(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace sysprune::scan::lint
