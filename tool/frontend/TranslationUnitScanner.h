#pragma once

#include "policy/facts/FactsJson.h"

#include <clang/Tooling/CompilationDatabase.h>

#include <optional>
#include <string>
#include <vector>

namespace sysprune::scan {

/// How to parse: what to add to every compile command.
struct ParseOptions {
  std::vector<std::string> ExtraArgs;
};

/// The outcome of scanning one source file.
struct TranslationUnitResult {
  /// Present when every compile command of the file parsed.
  std::optional<policy::TranslationUnitFacts> Facts;
  /// Clang's diagnostics for the file, formatted as clang prints them.
  std::string ClangDiagnostics;
};

/// Parses \p File with each of its compile commands in \p Database and
/// extracts its facts. Safe to call from several threads at once.
TranslationUnitResult
scanTranslationUnit(const clang::tooling::CompilationDatabase &Database,
                    const std::string &File, const ParseOptions &Options);

/// Identifies this build of the tool (its path, size and time), for caches:
/// what another build extracted may differ, even under the same version.
const std::string &toolIdentity();

/// Names what a scan of \p File depends on besides file contents: the tool
/// version, the compile commands and the parse options.
std::string commandKey(const clang::tooling::CompilationDatabase &Database,
                       const std::string &File, const ParseOptions &Options);

} // namespace sysprune::scan
