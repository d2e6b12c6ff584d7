#pragma once

#include "tool/driver/DiagnosticPrinter.h"

#include "policy/facts/ProgramFacts.h"

#include <set>
#include <string>
#include <vector>

namespace sysprune::tool {

/// Reads the facts files at \p Paths (written by `sysprune scan-tu` of this
/// version) into \p Facts, with the scanned \p Sources and every file they
/// read (\p Inputs); false after an error.
bool readFactsFiles(const std::vector<std::string> &Paths,
                    policy::ProgramFacts &Facts,
                    std::vector<std::string> &Sources,
                    std::set<std::string> &Inputs, DiagnosticPrinter &Printer);

} // namespace sysprune::tool
