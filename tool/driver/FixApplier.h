#pragma once

#include "tool/driver/DiagnosticPrinter.h"

#include "policy/core/Finding.h"

#include <optional>
#include <set>

namespace sysprune::tool {

/// Applies the fix-its of \p All to the files they edit (each file written
/// whole or not at all). A finding whose edits overlap an earlier finding's
/// is left for a second run, as clang-tidy leaves conflicting fixes.
/// Returns the indices of the findings fixed, or nullopt after an error
/// when a file cannot be read or written.
std::optional<std::set<size_t>> applyFixes(const policy::Findings &All,
                                           DiagnosticPrinter &Printer);

} // namespace sysprune::tool
