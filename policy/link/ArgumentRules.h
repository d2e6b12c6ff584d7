#pragma once

#include "policy/core/Policy.h"
#include "policy/library/ArgumentSelectors.h"
#include "policy/link/ArgumentValues.h"

#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// A place where reachable code makes a syscall.
struct SyscallUse {
  /// Where, for the policy (paths relative to the root).
  Site At;
  /// Where, for diagnostics (absolute paths).
  SourceLocation Where;
  /// The function making it; null for a baseline.
  const FunctionFacts *Function = nullptr;
  /// The baseline needing it, when Function is null.
  std::string Baseline;
  /// The syscall's arguments as far as known; missing ones are unknown.
  std::vector<ArgValue> Args;
  /// Made by a library function with arguments of its own choosing.
  bool ByLibrary = false;
};

/// How a syscall with operation-selecting arguments is allowed.
struct ArgumentRestriction {
  /// One rule per distinct combination of values, with the uses it covers
  /// (indexes into the uses given). Empty when the syscall is allowed with
  /// any arguments.
  std::vector<std::pair<std::vector<ArgCondition>, std::vector<size_t>>> Rules;
  /// Why it could not be restricted.
  std::string Reason;
  /// The use that prevented it, when that is project code a developer can
  /// change (not a library's internal use).
  std::optional<size_t> Blocker;
};

/// Restricts \p Selectors of a syscall to the constant values its \p Uses
/// pass: exact values for plain selectors, any combination of the bits seen
/// for flag sets. Unrestricted when any use passes a value that is not a
/// constant.
ArgumentRestriction restrictArguments(const std::vector<Selector> &Selectors,
                                      const std::vector<SyscallUse> &Uses,
                                      ArgumentValues &Values);

} // namespace sysprune::policy
