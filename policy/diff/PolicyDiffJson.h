#pragma once

#include "policy/diff/PolicyDiff.h"

#include <string>

namespace sysprune::policy {

/// The diff as JSON for programs: every key always present, keys sorted.
std::string renderDiffJson(const PolicyDiff &D, const std::string &OldName,
                           const std::string &NewName);

} // namespace sysprune::policy
