#pragma once

#include "policy/core/Policy.h"

#include <string>

namespace sysprune::policy {

/// Serialises \p P deterministically: fixed key order, two-space indent,
/// trailing newline, so that regenerated policies diff cleanly.
std::string writePolicy(const Policy &P);

} // namespace sysprune::policy
