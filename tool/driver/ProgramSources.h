#pragma once

#include "tool/driver/DiagnosticPrinter.h"

#include <clang/Tooling/CompilationDatabase.h>

#include <optional>
#include <string>
#include <vector>

namespace sysprune::tool {

/// The source files linked into the executable \p Binary, from its DWARF
/// compile units, that \p Database has compile commands for. Prints an
/// error and returns nullopt when the binary cannot be read or has no debug
/// information; a note when some of its compile units are not in the
/// database (the C runtime's, typically).
std::optional<std::vector<std::string>>
sourcesOfBinary(const std::string &Binary,
                const clang::tooling::CompilationDatabase &Database,
                DiagnosticPrinter &Printer);

/// The source files listed in \p ListFile, one per line (blank lines and
/// lines starting with '#' skipped; relative paths are relative to the
/// list's directory). Prints an error and returns nullopt when it cannot be
/// read or lists nothing.
std::optional<std::vector<std::string>>
sourcesFromList(const std::string &ListFile, DiagnosticPrinter &Printer);

/// The shared libraries the executable \p Binary loads that need models of
/// their own (see policy::binary::findLinkedLibraries). Warns about each
/// library not found, notes which are modelled; nullopt, with an error,
/// when \p Binary cannot be read.
std::optional<std::vector<std::string>>
librariesOfBinary(const std::string &Binary, DiagnosticPrinter &Printer);

} // namespace sysprune::tool
