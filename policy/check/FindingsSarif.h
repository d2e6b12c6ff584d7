#pragma once

#include "policy/check/FindingReport.h"
#include "policy/core/Finding.h"

#include <string>

namespace sysprune::policy {

/// The findings as a SARIF 2.1.0 log with one run: the checks as the tool's
/// rules, notes as related locations, fix-its as fixes.
std::string renderFindingsSarif(const Findings &All, const ReportContext &Run);

} // namespace sysprune::policy
