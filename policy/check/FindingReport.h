#pragma once

#include "policy/check/CheckInfo.h"

#include <string>
#include <vector>

namespace sysprune::policy {

// The machine-readable reports of `sysprune check`: JSON for scripts, SARIF
// 2.1.0 for code-scanning services. The text report is the diagnostics as
// the compiler prints them (tool/driver/DiagnosticPrinter).

/// What a report says besides the findings.
struct ReportContext {
  std::string ToolVersion;
  /// The checks that ran, in the order reports list them.
  std::vector<CheckInfo> Checks;
  /// An absolute directory: paths below it are written relative to it (in
  /// SARIF, relative to the base %SRCROOT%). Empty: paths as they are.
  std::string Root;
};

/// \p File relative to \p Root when it lies below it, else unchanged.
std::string reportPath(const std::string &File, const std::string &Root);

} // namespace sysprune::policy
