#pragma once

#include "tool/frontend/lint/LintCheck.h"

namespace sysprune::scan::lint {

/// epoll-size: epoll_create with a constant size <= 0, epoll_wait,
/// epoll_pwait or epoll_pwait2 with a constant maxevents <= 0; the call
/// always fails with EINVAL.
class EpollSizeCheck : public LintCheck {
public:
  using LintCheck::LintCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder &Finder) override;
  void
  run(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace sysprune::scan::lint
