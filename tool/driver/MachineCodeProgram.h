#pragma once

#include "tool/driver/DiagnosticPrinter.h"

#include "policy/facts/ProgramFacts.h"
#include "policy/library/LibraryModel.h"

#include <optional>
#include <string>
#include <vector>

namespace sysprune::tool {

/// An executable read from its machine code, without its sources: a program
/// sysprune has no compilation database for (/bin/sh, a tool a hardened
/// program runs). Its policy covers its whole run, from execve: the loader,
/// the C library's start-up, main, exit.
struct MachineCodeProgram {
  /// The program's own model (policy::binary::buildProgramModel): the
  /// pseudo-function ProgramStartName and its constructors and destructors.
  policy::LibraryModel Model;
  /// One pseudo-function, named after the program, that calls
  /// ProgramStartName: the link step's entry point.
  policy::ProgramFacts Facts;
  std::string Entry;
  /// The shared libraries it loads that need models of their own.
  std::vector<std::string> Libraries;
};

/// Reads the executable at \p Path from its machine code. Prints an error
/// and returns nullopt when it cannot be read or is not a program; warns
/// when its code makes syscalls whose numbers it computes (they cannot be
/// in the policy) and about libraries it loads that are not here.
std::optional<MachineCodeProgram>
readMachineCodeProgram(const std::string &Path, DiagnosticPrinter &Printer);

} // namespace sysprune::tool
