#pragma once

#include "policy/core/Diagnostic.h"
#include "policy/core/Policy.h"
#include "policy/facts/ProgramFacts.h"
#include "policy/library/ArgumentSelectors.h"
#include "policy/library/LibraryModel.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace sysprune::policy {

class NameServiceConfig;

/// How to turn program facts into a policy.
struct LinkOptions {
  /// Functions (by qualified name) where execution starts.
  std::vector<std::string> Entries{"main"};
  /// Every externally visible function is an entry point (for hardening a
  /// library's callers); Entries is then ignored.
  bool Library = false;
  /// Baselines from the libc model to include.
  std::vector<std::string> Baselines{"runtime"};
  /// Site paths under this directory are written relative to it.
  std::string Root;
  std::string ToolVersion;
  Action DefaultAction = Action::KillProcess;
  /// Which arguments select operations; null for the built-in table.
  const ArgumentSelectors *Selectors = nullptr;
  /// Models of other linked libraries, searched before the C library's;
  /// their calls into each other and into the C library are followed.
  std::vector<const LibraryModel *> Libraries;
  /// The program's own model, when it was read from its machine code
  /// (binary::buildProgramModel): what its constructors and destructors
  /// do. It is not a library that dlopen could load.
  const LibraryModel *Program = nullptr;
  /// Machine-code models of the platform's runtime libraries (the C
  /// library, its loader, the C++ runtime): searched after the C library's
  /// hand-checked model, for the functions it does not describe. Called
  /// once, when the first such function is looked up (loading them takes
  /// longer than most links).
  std::function<std::vector<const LibraryModel *>()> RuntimeLibraries;
  /// Models the shared library at a path from its machine code (glibc's
  /// name-service modules that reachable lookups load): its model first,
  /// then those of the libraries it loads that no built-in model covers.
  /// Null, or returning nothing: not modelled. The models must outlive the
  /// link.
  std::function<std::vector<const LibraryModel *>(const std::string &Path)>
      ModelLibrary;
  /// The system's name-service configuration, to report which services
  /// reachable lookups (getpwnam, getaddrinfo, ...) load; null: not checked.
  const NameServiceConfig *NameServices = nullptr;
  /// A call no model describes is an error, not a warning: the program
  /// enforces the policy on itself, and a syscall that function makes
  /// would kill it.
  bool UnmodelledIsError = false;
  /// The program installs its filter itself, with sysprune's runtime: run
  /// again (/proc/self/exe), it installs it again under the one it
  /// inherits, which must let it (the libc model's `hardened-start`).
  bool Hardened = false;
  /// Functions (as the diagnostics name them) the user accepts as making
  /// no syscalls: their calls are a note, never an error.
  std::set<std::string> AllowedUnmodelled;
  /// The C library the program will run with. Unset: the release the C
  /// library's hand-checked model was checked against. Set to another, the
  /// runtime libraries' machine code describes its functions and baselines
  /// (the runtime model named by its soname is the C library's), and the
  /// hand-checked model only where that code agrees (see linkProgram).
  std::optional<CLibraryIdentity> RunsWith;
};

/// The policy and what the linker found on the way.
struct LinkResult {
  Policy Result;
  Diagnostics Diags;
  /// Programs that reachable code runs, by path or by a name to look up on
  /// PATH: the shell of system() and popen() whatever their arguments, and
  /// what the exec family, posix_spawn and a shell command line name where
  /// the source gives them as constants. Each with its first call, and the
  /// function called.
  std::map<std::string, std::pair<SourceLocation, std::string>> Runs;
  /// Statistics for the summary line.
  size_t ReachableFunctions = 0;
  size_t Sites = 0;
};

/// Builds the whole-program call graph from \p Facts, finds what is reachable
/// from the entries and static initialisers, and allows exactly the syscalls
/// that reachable code makes, directly or through \p Libc — restricted to
/// the argument values used where every use passes constants.
///
/// \p Libc is hand-checked against the releases its `checked` line names.
/// For a program that runs with another (Options.RunsWith), a C library
/// function is what that release's machine code does; \p Libc's entry is
/// used instead only where the machine code makes no syscall it does not
/// list (with its constant arguments dropped), and for names no machine
/// code describes, widened by \p Libc's alternatives. Its derived baselines
/// add what that release's code does before main.
LinkResult linkProgram(const ProgramFacts &Facts, const LibraryModel &Libc,
                       const LinkOptions &Options);

} // namespace sysprune::policy
