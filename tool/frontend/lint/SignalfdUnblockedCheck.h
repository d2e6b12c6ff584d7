#pragma once

#include "tool/frontend/lint/LintCheck.h"

namespace sysprune::scan::lint {

/// signalfd-unblocked: the signals a signalfd call reads (those its set
/// gets from sigaddset in the same function), recorded for
/// resolveLintFindings, which reports those the program never blocks.
class SignalfdUnblockedCheck : public LintCheck {
public:
  using LintCheck::LintCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder &Finder) override;
  void
  run(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace sysprune::scan::lint
