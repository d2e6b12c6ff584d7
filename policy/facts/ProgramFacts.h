#pragma once

#include "policy/core/Diagnostic.h"
#include "policy/core/Finding.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace sysprune::policy {

/// What the scanner knows about one argument at a call site.
struct ArgValue {
  enum class Kind {
    /// Not known before run time.
    Unknown,
    /// An integer constant expression: Value.
    Constant,
    /// The calling function's own parameter number Param, passed on
    /// unchanged (or with the bits of Value or-ed in): its values are those
    /// its callers pass.
    Parameter,
  };
  Kind What = Kind::Unknown;
  uint64_t Value = 0;
  unsigned Param = 0;

  static ArgValue constant(uint64_t V) { return {Kind::Constant, V, 0}; }
  static ArgValue parameter(unsigned P, uint64_t OrBits = 0) {
    return {Kind::Parameter, OrBits, P};
  }
  friend bool operator==(const ArgValue &, const ArgValue &) = default;
};

/// A `syscall(NR, ...)` (or an inline `syscall` instruction) with a constant
/// number.
struct DirectSyscallFact {
  long Number = -1;
  SourceLocation Where;
  /// The function through which it is made, e.g. "syscall" or "asm".
  std::string Via;
  /// The syscall's own arguments (not the number), as far as known.
  std::vector<ArgValue> Args;
};

/// How a function refers to another.
enum class CallKind {
  /// A call naming the callee.
  Direct,
  /// The callee's address is taken; it may be called from anywhere the
  /// pointer goes, including library code (thread entries, signal handlers,
  /// callbacks), so the link step counts it as called.
  AddressTaken,
  /// A virtual call through the named method: any override may run.
  Virtual,
  /// The function constructs an object whose vtable holds the callee, a
  /// virtual method overriding one a library's class declares: the
  /// library's compiled code, once it holds the object (std::thread's
  /// state, a stream's buffer, an exception), may call it, with any
  /// arguments.
  VtableSlot,
};

/// A call (or a reference that may become one) from one function to another.
struct CallFact {
  /// The callee's identifier (a clang USR); matches FunctionFacts::Id when
  /// the callee is defined in the program.
  std::string Callee;
  /// The callee's linkage name, used to find it in library models when the
  /// program does not define it.
  std::string CalleeName;
  SourceLocation Where;
  CallKind Kind = CallKind::Direct;
  /// The arguments passed, for direct calls.
  std::vector<ArgValue> Args;
  /// For an address-taken callee, its canonical function type: a library
  /// function whose address the program takes can be behind a call through
  /// a pointer of that type.
  std::string Signature;
  /// For a call that runs a program (see programArgumentOf in
  /// policy/ProgramRuns.h): the argument naming it, when it is a constant
  /// string (execvp's file, system's command line).
  std::optional<std::string> Runs;
};

/// A call through a function pointer.
struct IndirectCallFact {
  SourceLocation Where;
  /// The canonical function type called, e.g. "int (int, char **)".
  std::string Signature;
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
  /// The canonical function type, to match indirect calls.
  std::string Signature;
  /// Visible outside its translation unit (a `--library` entry point).
  bool External = false;
  /// True for pseudo-functions that run before main (static initialisers).
  bool IsStaticInitialiser = false;
  /// Library code the scan followed (a C++ template or inline function from
  /// a system header): never an entry point.
  bool IsLibraryCode = false;
  /// For a virtual method: the ids of the methods it directly overrides.
  std::vector<std::string> Overrides;
  std::vector<CallFact> Calls;
  std::vector<IndirectCallFact> IndirectCalls;
  std::vector<DirectSyscallFact> Syscalls;
  std::vector<UnresolvedFact> Unresolved;
};

/// A signalfd call and the signals added to its set in the calling function
/// (signal number -> the spelling in the source, e.g. "SIGINT").
struct SignalfdFact {
  SourceLocation Where;
  std::map<int, std::string> Signals;
  friend auto operator<=>(const SignalfdFact &, const SignalfdFact &) = default;
};

/// What the whole-program lint checks need from each translation unit.
struct LintEvidence {
  /// Where the program creates threads (pthread_create, thrd_create,
  /// std::thread, clone with CLONE_THREAD): sigprocmask is unspecified there.
  std::set<SourceLocation> ThreadCreations;
  /// The signals some sigprocmask or pthread_sigmask call blocks (SIG_BLOCK
  /// or SIG_SETMASK); a set the scanner cannot read counts as every signal,
  /// so that an unreadable set never makes a finding.
  std::set<int> BlockedSignals;
  /// The signalfd calls whose signals must be blocked somewhere.
  std::vector<SignalfdFact> SignalfdCalls;
};

/// The facts of one or more translation units, merged.
struct ProgramFacts {
  std::map<std::string, FunctionFacts> Functions;
  /// Functions defined at more than one place (in different files): either
  /// several programs share the database, or the program breaks the
  /// one-definition rule. Id -> every definition's location.
  std::map<std::string, std::set<SourceLocation>> Redefinitions;
  /// What the lint checks found while scanning, before the whole program is
  /// known (resolveLintFindings in policy/Checks.h decides the rest). The
  /// findings of the whole-program checks are candidates here:
  /// resolveLintFindings keeps them only when the evidence says so.
  Findings LintFindings;
  /// The evidence for the whole-program lint checks.
  LintEvidence Lint;

  /// Adds \p Other's functions; for a function defined in several TUs
  /// (inline functions, templates, a file built twice) the facts are united.
  void merge(ProgramFacts &&Other);
};

} // namespace sysprune::policy
