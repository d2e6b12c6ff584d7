#pragma once

#include "policy/core/Diagnostic.h"

#include <llvm/Support/raw_ostream.h>

namespace sysprune::tool {

/// Prints diagnostics as clang does: `file:line:col: warning: message
/// [check]`, then the source line and a caret when the file can be read.
/// Diagnostics without a file are prefixed with \p Program instead.
class DiagnosticPrinter {
public:
  DiagnosticPrinter(llvm::raw_ostream &OS, std::string Program)
      : OS(OS), Program(std::move(Program)) {}

  void print(const policy::Diagnostic &D);
  void print(const policy::Diagnostics &Diags) {
    for (const policy::Diagnostic &D : Diags)
      print(D);
  }
  /// While set, notes are not printed (what sysprune says about a program
  /// it merges in, besides its warnings and errors).
  void setHideNotes(bool Hide) { HideNotes = Hide; }
  unsigned warnings() const { return Warnings; }
  /// The name printed before diagnostics without a file.
  const std::string &program() const { return Program; }
  unsigned errors() const { return Errors; }

private:
  llvm::raw_ostream &OS;
  std::string Program;
  unsigned Warnings = 0;
  unsigned Errors = 0;
  bool HideNotes = false;
};

} // namespace sysprune::tool
