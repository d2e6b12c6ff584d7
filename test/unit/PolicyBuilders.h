#pragma once

#include "policy/core/Policy.h"

#include <string>
#include <vector>

namespace sysprune::policy::builders {

/// A rule that allows \p Names when all \p Args hold.
inline SyscallRule allow(std::vector<std::string> Names,
                         std::vector<ArgCondition> Args = {}) {
  SyscallRule Rule;
  Rule.Names = std::move(Names);
  Rule.Args = std::move(Args);
  return Rule;
}

/// Argument \p Index equals \p Value.
inline ArgCondition equal(unsigned Index, uint64_t Value) {
  return {Index, Value, 0, CompareOp::Equal};
}

/// prctl options the tests use.
constexpr uint64_t PrSetName = 15, PrSetNoNewPrivs = 38;

} // namespace sysprune::policy::builders
