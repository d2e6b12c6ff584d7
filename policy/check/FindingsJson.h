#pragma once

#include "policy/check/FindingReport.h"
#include "policy/core/Finding.h"

#include <string>

namespace sysprune::policy {

/// The findings as JSON: every finding with its notes and fixes, and the
/// number of errors and warnings. Keys sorted, two-space indent.
std::string renderFindingsJson(const Findings &All, const ReportContext &Run);

} // namespace sysprune::policy
