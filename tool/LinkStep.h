#pragma once

#include "DiagnosticPrinter.h"

#include "policy/ProgramFacts.h"

#include <set>
#include <string>
#include <vector>

namespace sysprune::tool {

/// Links \p Facts into a policy with the link options given on the command
/// line (--entry, --root, --strict, -o, --depfile), prints the diagnostics
/// and a summary, and writes the policy. \p Sources are the scanned files
/// (the default --root is their common directory); \p Inputs every file
/// read, for --depfile. Returns the process exit status.
int linkAndWritePolicy(const policy::ProgramFacts &Facts,
                       const std::vector<std::string> &Sources,
                       const std::set<std::string> &Inputs,
                       const std::string &SummaryDetail,
                       DiagnosticPrinter &Printer);

/// Checks the link options before any work is done; prints an error and
/// returns false when they cannot work together.
bool checkLinkOptions(DiagnosticPrinter &Printer);

} // namespace sysprune::tool
