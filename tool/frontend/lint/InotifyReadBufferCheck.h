#pragma once

#include "tool/frontend/lint/LintCheck.h"

namespace sysprune::scan::lint {

/// inotify-read-buffer: a read from a descriptor that the same function got
/// from inotify_init or inotify_init1, into an array, or of a constant count,
/// smaller than sizeof(struct inotify_event) + NAME_MAX + 1: the read fails
/// with EINVAL when the next event has a long name.
class InotifyReadBufferCheck : public LintCheck {
public:
  using LintCheck::LintCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder &Finder) override;
  void
  run(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace sysprune::scan::lint
