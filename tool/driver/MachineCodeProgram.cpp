#include "tool/driver/MachineCodeProgram.h"

#include "tool/driver/CompilationInput.h"
#include "tool/driver/ProgramSources.h"

#include "policy/binary/LibraryModelOf.h"
#include "policy/binary/ModelBuilder.h"
#include "policy/core/DiagnosticIds.h"

namespace sysprune::tool {

std::optional<MachineCodeProgram>
readMachineCodeProgram(const std::string &Path, DiagnosticPrinter &Printer) {
  const policy::SourceLocation Where{absolutePath(Path), 0, 0};
  auto Binary = policy::binary::buildProgramModel(Path);
  if (!Binary) {
    Printer.print({policy::Severity::Error, Where,
                   "cannot read the program's machine code: " +
                       llvm::toString(Binary.takeError()),
                   ""});
    return std::nullopt;
  }
  const policy::binary::FunctionModel &Start =
      Binary->Functions.at(policy::binary::ProgramStartName);
  // glibc's syscall() called with a number held in a variable, or a raw
  // syscall instruction after a computed number: nothing says which.
  if (Start.UnknownSyscalls)
    Printer.print({policy::Severity::Warning, Where,
                   "the program makes syscalls whose numbers its code "
                   "computes; they are not in the policy (run it under "
                   "`sysprune exec --action log` to find them)",
                   policy::diag::UnknownSyscall});
  auto Libraries = librariesOfBinary(Path, Printer);
  if (!Libraries)
    return std::nullopt;

  MachineCodeProgram Program;
  Program.Model = policy::binary::libraryModelOf(*Binary);
  Program.Libraries = std::move(*Libraries);
  Program.Entry = Where.File;
  policy::FunctionFacts Run;
  Run.Id = "@program:" + Where.File;
  Run.Name = Where.File;
  Run.Where = Where;
  // What its own code does: its syscall instructions, and each function of
  // another library it calls (so that the policy says which, and the link
  // step sees the name-service lookups and dlopen among them).
  for (long Number : Start.Syscalls)
    Run.Syscalls.push_back({Number, Where, "its own code", {}});
  for (const std::string &Import : Start.Imports) {
    policy::CallFact Call;
    Call.Callee = "@import:" + Import;
    Call.CalleeName = Import;
    Call.Where = Where;
    Run.Calls.push_back(std::move(Call));
  }
  Program.Facts.Functions.emplace(Run.Id, std::move(Run));
  return Program;
}

} // namespace sysprune::tool
