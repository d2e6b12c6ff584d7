#pragma once

#include "tool/frontend/lint/LintCheck.h"

namespace sysprune::scan::lint {

/// chroot-chdir: a chroot call that the same function does not follow with
/// chdir("/"). chroot does not change the working directory, which stays
/// outside the new root: the jail can be left through it.
class ChrootChdirCheck : public LintCheck {
public:
  using LintCheck::LintCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder &Finder) override;
  void
  run(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace sysprune::scan::lint
