#pragma once

#include "policy/core/Policy.h"

#include <string>

namespace sysprune::policy {

/// A plain-text table of what \p P allows, one syscall per row: its number,
/// whether an argument rule narrows it, how many source sites need it, and
/// the first of them (or the baseline that needs it).
std::string renderSummaryTable(const Policy &P);

} // namespace sysprune::policy
