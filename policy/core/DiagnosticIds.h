#pragma once

#include <string>
#include <vector>

namespace sysprune::policy {

// The ids of the diagnostics the scan, the link and the commands print in
// brackets (Diagnostic::Check), in one place: code names them by these
// constants, never by a literal, and each has a page under docs/checks/
// (the unit test DiagnosticIdsTest checks both). The checks of `sysprune
// check` have their own registry (policyChecks(), lintChecks()).
namespace diag {
inline constexpr const char *ArgumentRules = "sysprune-argument-rules";
inline constexpr const char *Dlopen = "sysprune-dlopen";
inline constexpr const char *Exec = "sysprune-exec";
inline constexpr const char *LibcMismatch = "sysprune-libc-mismatch";
inline constexpr const char *LibcModel = "sysprune-libc-model";
inline constexpr const char *MissingLibrary = "sysprune-missing-library";
inline constexpr const char *NameService = "sysprune-name-service";
inline constexpr const char *NonconstantSyscall =
    "sysprune-nonconstant-syscall";
inline constexpr const char *RunNotFound = "sysprune-run-not-found";
inline constexpr const char *UnknownSyscall = "sysprune-unknown-syscall";
inline constexpr const char *Unmodelled = "sysprune-unmodelled";
inline constexpr const char *UnresolvedIndirectCall =
    "sysprune-unresolved-indirect-call";
} // namespace diag

/// A diagnostic id and what it reports.
struct DiagnosticId {
  std::string Id;
  /// One line: what it reports.
  std::string Summary;
  /// Its page, relative to the repository: docs/checks/<id>.md.
  std::string Documentation;
};

/// Every diagnostic id, sorted.
const std::vector<DiagnosticId> &diagnosticIds();

} // namespace sysprune::policy
