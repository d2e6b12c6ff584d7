#pragma once

#include "tool/driver/DiagnosticPrinter.h"

#include <clang/Tooling/CompilationDatabase.h>

#include <memory>
#include <string>
#include <vector>

namespace sysprune::tool {

/// Loads BUILD_DIR/compile_commands.json (\p BuildPath may also name the
/// file itself); prints one error and returns null when it cannot.
std::unique_ptr<clang::tooling::CompilationDatabase>
loadCompilationDatabase(const std::string &BuildPath,
                        DiagnosticPrinter &Printer);

/// The absolute, sorted, unique source files to scan: \p Requested, each of
/// which must have a compile command, or every file in \p Database when
/// none is requested. Empty after printing an error when that fails.
std::vector<std::string>
selectSources(const clang::tooling::CompilationDatabase &Database,
              const std::vector<std::string> &Requested,
              const std::string &BuildPath, DiagnosticPrinter &Printer);

/// \p Path made absolute against the current directory, without dots.
std::string absolutePath(const std::string &Path);

} // namespace sysprune::tool
