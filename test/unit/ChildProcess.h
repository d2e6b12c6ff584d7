#pragma once

#include <functional>
#include <string>

namespace sysprune::testing {

/// How a forked child ended and what it wrote to stderr.
struct ChildOutcome {
  bool Exited = false;
  int ExitCode = -1;
  bool Signaled = false;
  int Signal = 0;
  std::string Stderr;
};

/// Runs \p Body in a forked child whose stderr is captured; the child exits
/// with Body's return value. Filters installed by Body stay in the child, so
/// the test runner itself is never sandboxed.
ChildOutcome runInChild(const std::function<int()> &Body);

} // namespace sysprune::testing
