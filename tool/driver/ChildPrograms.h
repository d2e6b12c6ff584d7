#pragma once

#include "tool/driver/DiagnosticPrinter.h"

#include "policy/link/ProgramLinker.h"

#include <llvm/ADT/ArrayRef.h>

#include <optional>
#include <string>
#include <vector>

namespace sysprune::tool {

/// A program the linked one runs, and why the policy includes it.
struct ChildProgram {
  std::string Path;
  std::string Why;
};

/// The programs the linked one runs, which inherit its filter: those
/// \p Named names (--runs: paths, or names looked up on PATH), and those
/// \p Linked found it runs, such as the shell that system() and popen()
/// run, with their call sites relative to \p SourceRoot. One not found here
/// is a warning added to \p Linked; nullopt, with the error printed, when
/// one \p Named names is no program.
std::optional<std::vector<ChildProgram>>
childPrograms(llvm::ArrayRef<std::string> Named, policy::LinkResult &Linked,
              const std::string &SourceRoot, DiagnosticPrinter &Printer);

/// The files the kernel executes for \p Children: each program, or a
/// script's interpreters. nullopt, with the error printed, when a script's
/// interpreter is not there.
std::optional<std::vector<ChildProgram>>
programsExecuted(const std::vector<ChildProgram> &Children,
                 DiagnosticPrinter &Printer);

} // namespace sysprune::tool
