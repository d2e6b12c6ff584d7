#pragma once

#include "tool/driver/DiagnosticPrinter.h"
#include "tool/driver/MachineCodeProgram.h"

#include "policy/facts/ProgramFacts.h"
#include "policy/link/ProgramLinker.h"

#include <optional>

#include <set>
#include <string>
#include <vector>

namespace sysprune::tool {

/// Links \p Facts with the link options given on the command line
/// (--entry, --root, --strict, --lib) and prints the diagnostics; nullopt
/// when there were errors. \p Sources are the scanned files (the default
/// --root is their common directory); with \p KeepAbsolutePaths, --root is
/// ignored. \p ProgramLibraries are modelled like --lib: the shared
/// libraries the selected program loads. Models of libraries are kept in
/// \p CacheDirectory when it is not empty. \p Hardened (or --hardened):
/// the program enforces the policy itself, so calls no model describes and
/// libraries not found are errors, unless --allow-unmodelled names them.
/// With \p Unmodelled, those diagnostics are moved there, not printed.
/// With \p MachineCode, Facts are its entry point and the policy covers the
/// program's whole run (the loader's baseline included).
///
/// The programs it runs (--runs, and the shell of system() and popen())
/// are read from their machine code and merged in, unless \p LinkChildren
/// is false.
std::optional<policy::LinkResult> linkFromCommandLine(
    const policy::ProgramFacts &Facts, const std::vector<std::string> &Sources,
    bool KeepAbsolutePaths, DiagnosticPrinter &Printer,
    const std::vector<std::string> &ProgramLibraries = {},
    const std::string &CacheDirectory = "", bool Hardened = false,
    std::vector<policy::Diagnostic> *Unmodelled = nullptr,
    const MachineCodeProgram *MachineCode = nullptr, bool LinkChildren = true);

/// Links as linkFromCommandLine, then writes the policy (-o) and the
/// depfile (--depfile, naming \p Inputs) and prints a summary ending with
/// \p SummaryDetail. Returns the process exit status.
int linkAndWritePolicy(const policy::ProgramFacts &Facts,
                       const std::vector<std::string> &Sources,
                       const std::set<std::string> &Inputs,
                       const std::string &SummaryDetail,
                       DiagnosticPrinter &Printer,
                       const std::vector<std::string> &ProgramLibraries = {},
                       const std::string &CacheDirectory = "",
                       const MachineCodeProgram *MachineCode = nullptr);

/// The --root option as given (empty when not).
const std::string &rootOption();

/// Checks the link options before any work is done; prints an error and
/// returns false when they cannot work together.
bool checkLinkOptions(DiagnosticPrinter &Printer);

} // namespace sysprune::tool
