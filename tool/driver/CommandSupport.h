#pragma once

#include "tool/driver/DiagnosticPrinter.h"

#include "policy/core/Policy.h"

#include <optional>
#include <set>
#include <string>

namespace sysprune::tool {

/// Reads and checks the policy at \p Path, printing its diagnostics; nullopt
/// when it has an error.
std::optional<policy::Policy> readPolicyReporting(const std::string &Path,
                                                  DiagnosticPrinter &Printer);

/// Writes \p Content to \p Path ("" or "-" for standard output) atomically:
/// a temporary file renamed into place, so a failure leaves nothing
/// half-written. Reports a failure as an error about \p What.
bool writeOutput(const std::string &Path, const std::string &Content,
                 const std::string &What, DiagnosticPrinter &Printer);

/// The contents of the file at \p Path; nullopt, after an error about \p What
/// ("the facts file"), when it cannot be read.
std::optional<std::string> readInput(const std::string &Path,
                                     const std::string &What,
                                     DiagnosticPrinter &Printer);

/// Whether a filter for \p P can run on this machine: the policy lists no
/// architecture, or the native one. Otherwise an error about \p Path that
/// says what would run there (\p WhatRuns: "the embedded filter").
bool checkNativeArchitecture(const policy::Policy &P, const std::string &Path,
                             const std::string &WhatRuns,
                             DiagnosticPrinter &Printer);

/// Whether \p Errno is one a filter can return (1 to 4095); otherwise an
/// error about --errno.
bool checkErrnoOption(unsigned Errno, DiagnosticPrinter &Printer);

/// A Makefile-style depfile, `Target: Input...` with Make's escaping, that
/// lets a build system re-run a sysprune step when any file it read changes.
std::string makeDepfile(const std::string &Target,
                        const std::set<std::string> &Inputs);

/// "1 file", "2 files": \p Count followed by \p Noun, in the plural unless
/// there is one.
std::string countOf(size_t Count, const std::string &Noun);

} // namespace sysprune::tool
