#pragma once

#include "tool/frontend/lint/LintCheck.h"

namespace sysprune::scan::lint {

/// sigprocmask-threads: a call to sigprocmask, whose use in a multithreaded
/// process is unspecified. A candidate: resolveLintFindings reports it only
/// when the program creates threads (SignalEvidence records where).
class SigprocmaskThreadsCheck : public LintCheck {
public:
  using LintCheck::LintCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder &Finder) override;
  void
  run(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace sysprune::scan::lint
