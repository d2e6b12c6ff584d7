#pragma once

#include "tool/driver/DiagnosticPrinter.h"
#include "tool/driver/MachineCodeProgram.h"

#include "policy/facts/ProgramFacts.h"

#include <llvm/Support/CommandLine.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace sysprune::tool {

/// A whole program's facts, scanned from a compilation database.
struct ScannedProgram {
  policy::ProgramFacts Facts;
  /// The source files scanned.
  std::vector<std::string> Sources;
  /// Every file read, for depfiles.
  std::set<std::string> Inputs;
  /// "N files, M from cache", for summaries.
  std::string Detail;
  /// The shared libraries the program selected with --binary loads, other
  /// than those the built-in models describe: modelled like --lib.
  std::vector<std::string> Libraries;
  /// Where facts (and models of libraries) are cached; empty: nowhere.
  std::string CacheDirectory;
  /// Set when the program was read from its machine code (--binary without
  /// -p): Facts are then its one entry point.
  std::optional<MachineCodeProgram> MachineCode;
};

/// Scans \p Files (every file when empty) of the compilation database in
/// \p BuildPath with the scan options on the command line (-j, --cache-dir,
/// --no-cache, --extra-arg); prints clang's errors and returns nullopt when
/// a file does not parse (after scanning all the others).
/// The options of the scan, listed together in --help.
llvm::cl::OptionCategory &scanOptionCategory();

/// Whether --binary names the program to scan.
bool binaryGiven();

std::optional<ScannedProgram> scanBuild(const std::string &BuildPath,
                                        const std::vector<std::string> &Files,
                                        DiagnosticPrinter &Printer);

} // namespace sysprune::tool
