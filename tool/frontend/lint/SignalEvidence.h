#pragma once

#include "tool/frontend/lint/LintCheck.h"

namespace sysprune::scan::lint {

/// Collects what the whole-program signal checks need from a translation
/// unit: where it creates threads (for sigprocmask-threads) and which
/// signals it blocks (for signalfd-unblocked). Reports no finding itself.
class SignalEvidence : public LintCheck {
public:
  using LintCheck::LintCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder &Finder) override;
  void
  run(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void noteBlocked(const clang::CallExpr *Call,
                   const clang::FunctionDecl *Function);
};

} // namespace sysprune::scan::lint
