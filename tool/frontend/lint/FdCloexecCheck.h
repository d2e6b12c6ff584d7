#pragma once

#include "tool/frontend/lint/LintCheck.h"

namespace sysprune::scan::lint {

/// fd-cloexec: a libc wrapper that creates a file descriptor, called without
/// its close-on-exec flag (epoll_create, inotify_init, accept, or the flags
/// argument of epoll_create1, inotify_init1, signalfd, eventfd, socket,
/// accept4, open and openat). The descriptor leaks into every program the
/// process executes.
class FdCloexecCheck : public LintCheck {
public:
  using LintCheck::LintCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder &Finder) override;
  void
  run(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkFlags(const clang::CallExpr *Call, const std::string &Function,
                  unsigned FlagsIndex, const std::string &Flag);
  void checkWithoutFlags(const clang::CallExpr *Call,
                         const std::string &Function);
};

} // namespace sysprune::scan::lint
