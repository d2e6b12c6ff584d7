#pragma once

#include "tool/frontend/lint/LintCheck.h"

namespace sysprune::scan::lint {

/// chroot-open-fds: a chroot call while a descriptor that the same function
/// opened before it (and stored in a variable) has not been closed. chroot
/// closes nothing, and such a descriptor reaches files outside the new root.
class ChrootOpenFdsCheck : public LintCheck {
public:
  using LintCheck::LintCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder &Finder) override;
  void
  run(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace sysprune::scan::lint
