#pragma once

#include "policy/Diagnostic.h"

#include <map>
#include <string>
#include <vector>

namespace sysprune::policy {

/// A `syscall(NR, ...)` (or equivalent) with a constant number.
struct DirectSyscallFact {
  long Number = -1;
  SourceLocation Where;
  /// The function through which it is made, e.g. "syscall".
  std::string Via;
};

/// A call (or a reference that may become one, such as taking a function's
/// address) from one function to another.
struct CallFact {
  /// The callee's identifier (a clang USR); matches FunctionFacts::Id when
  /// the callee is defined in the program.
  std::string Callee;
  /// The callee's linkage name, used to find it in library models when the
  /// program does not define it.
  std::string CalleeName;
  SourceLocation Where;
};

/// Something in a function the analysis could not resolve.
struct UnresolvedFact {
  SourceLocation Where;
  std::string Message;
  std::string Check;
};

/// What one function, defined in the program, does.
struct FunctionFacts {
  /// Unique across the program (a clang USR; internal-linkage functions
  /// include their file).
  std::string Id;
  /// The qualified name, for people.
  std::string Name;
  SourceLocation Where;
  /// True for pseudo-functions that run before main (static initialisers).
  bool IsStaticInitialiser = false;
  std::vector<CallFact> Calls;
  std::vector<DirectSyscallFact> Syscalls;
  std::vector<UnresolvedFact> Unresolved;
};

/// The facts of one or more translation units, merged.
struct ProgramFacts {
  std::map<std::string, FunctionFacts> Functions;

  /// Adds \p Other's functions; for a function defined in several TUs
  /// (inline functions, templates, a file built twice) the facts are united.
  void merge(ProgramFacts &&Other);
};

} // namespace sysprune::policy
