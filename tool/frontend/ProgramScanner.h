#pragma once

#include "tool/frontend/TranslationUnitScanner.h"

#include "policy/facts/ProgramFacts.h"

#include <llvm/Support/raw_ostream.h>

#include <set>
#include <string>
#include <vector>

namespace sysprune::scan {

/// How to scan a whole program.
struct ProgramScanOptions {
  ParseOptions Parse;
  /// Files parsed at once; 0 means one per core.
  unsigned Jobs = 0;
  /// Where to cache per-file facts; empty disables the cache.
  std::string CacheDirectory;
  /// Where clang's diagnostics and the progress line go.
  llvm::raw_ostream *Messages = &llvm::errs();
};

/// What scanning every file of a program found.
struct ProgramScanResult {
  policy::ProgramFacts Facts;
  /// Every file read (sources and headers), for depfiles.
  std::set<std::string> Inputs;
  unsigned Parsed = 0;
  unsigned FromCache = 0;
  /// Files that did not parse; their errors were printed.
  std::vector<std::string> Failed;
};

/// Scans \p Files in parallel, reusing cached facts for files whose inputs
/// have not changed, and merges the facts in the order of \p Files so that
/// the result does not depend on scheduling.
ProgramScanResult
scanProgram(const clang::tooling::CompilationDatabase &Database,
            const std::vector<std::string> &Files,
            const ProgramScanOptions &Options);

} // namespace sysprune::scan
