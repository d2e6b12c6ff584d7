#pragma once

#include "policy/core/Policy.h"

#include <vector>

namespace sysprune::policy {

/// True when every argument vector that satisfies all of \p Narrow also
/// satisfies all of \p Wide: a rule with \p Wide's conditions allows every
/// call one with \p Narrow's does. Decided one condition of \p Wide at a
/// time, against one condition of \p Narrow on the same argument, so it can
/// answer false for a conjunction that is covered only by several conditions
/// together (never true for one that is not covered).
bool conditionsImply(const std::vector<ArgCondition> &Narrow,
                     const std::vector<ArgCondition> &Wide);

} // namespace sysprune::policy
