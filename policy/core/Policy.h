#pragma once

#include "policy/core/Diagnostic.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// What the filter does with a syscall; the OCI names are SCMP_ACT_*.
enum class Action {
  KillProcess,
  KillThread,
  Trap,
  Errno,
  Trace,
  Allow,
  Log,
  Notify
};

/// Argument comparison operators; the OCI names are SCMP_CMP_*.
enum class CompareOp {
  NotEqual,
  Less,
  LessEqual,
  Equal,
  GreaterEqual,
  Greater,
  MaskedEqual
};

/// One argument condition of a rule. For MaskedEqual, Value is the mask and
/// ValueTwo the expected value (OCI semantics).
struct ArgCondition {
  unsigned Index = 0;
  uint64_t Value = 0;
  uint64_t ValueTwo = 0;
  CompareOp Op = CompareOp::Equal;

  friend bool operator==(const ArgCondition &, const ArgCondition &) = default;
};

/// One OCI `syscalls` entry: the named syscalls get Act when all Args hold.
struct SyscallRule {
  std::vector<std::string> Names;
  Action Act = Action::Allow;
  std::optional<uint32_t> ErrnoRet;
  std::vector<ArgCondition> Args;
  std::string Comment;

  friend bool operator==(const SyscallRule &, const SyscallRule &) = default;
};

/// A place in the program's source that needs a syscall.
struct Site {
  SourceLocation Where;
  /// The function containing the call.
  std::string Function;
  /// The library function or `syscall` through which the syscall is made.
  std::string Via;

  friend auto operator<=>(const Site &, const Site &) = default;
};

/// One step of a call chain: a function and where in it the next call (or,
/// for the last step, the syscall site) is.
struct Frame {
  std::string Function;
  SourceLocation Where;
  /// How the next step is entered when this function does not call it
  /// itself: "vtable" (library code calls it through the vtable of an
  /// object constructed here) or "address" (it is called through its
  /// address, taken here); empty for a call.
  std::string Via;

  friend bool operator==(const Frame &, const Frame &) = default;
};

/// One argument rule of a syscall restricted to the operations the program
/// uses, and what needs it.
struct ArgumentUse {
  /// The conditions of the rule (all must hold).
  std::vector<ArgCondition> Conditions;
  std::vector<Site> Sites;
  /// One shortest call chain from an entry point to the first site.
  std::vector<Frame> Chain;
  /// In a merged policy, the inputs that have the rule (empty: all of them).
  std::vector<std::string> Inputs;

  friend bool operator==(const ArgumentUse &, const ArgumentUse &) = default;
};

/// The C library a policy was derived for: its syscalls are what that build
/// makes.
struct CLibraryIdentity {
  /// libc.so.6
  std::string Soname;
  /// "2.41"; empty when the library does not say. A policy for several
  /// releases (--libc portable) names each, separated by spaces.
  std::string Release;
  /// Its GNU build-id, in hex; empty when it has none.
  std::string BuildId;
  /// The distribution's build ("Debian GLIBC 2.41-12+deb13u5").
  std::string Build;

  friend bool operator==(const CLibraryIdentity &,
                         const CLibraryIdentity &) = default;
};

/// "libc.so.6 (glibc 2.41) [Debian GLIBC 2.41-12+deb13u5, build-id 93f7...]":
/// how the tool names a C library to its user.
std::string describeCLibrary(const CLibraryIdentity &Library);

/// Why each syscall is in the policy: sysprune's extension object, ignored by
/// OCI consumers.
struct Provenance {
  std::string ToolVersion;
  std::vector<std::string> Entries;
  std::vector<std::string> Models;
  std::vector<std::string> Baselines;
  /// Syscall name -> the source sites that need it.
  std::map<std::string, std::vector<Site>> Sites;
  /// Syscall name -> the baselines that need it.
  std::map<std::string, std::vector<std::string>> FromBaselines;
  /// Syscall name -> one shortest call chain from an entry point to a site.
  std::map<std::string, std::vector<Frame>> Chains;
  /// Syscall name -> its argument rules and what needs each.
  std::map<std::string, std::vector<ArgumentUse>> Arguments;
  /// Syscall name -> why a syscall whose arguments select the operation is
  /// allowed with any arguments.
  std::map<std::string, std::string> Unrestricted;
  /// External functions reached that no library model describes.
  std::vector<std::string> Unmodelled;
  /// The name-service databases reachable lookups use, with the services
  /// the policy assumed ("passwd: files, systemd (not modelled)").
  std::vector<std::string> NameServices;
  /// The policies `sysprune merge` combined into this one, when more than
  /// one.
  std::vector<std::string> Inputs;
  /// Syscall name -> the merged inputs that allow it, when not all do.
  std::map<std::string, std::vector<std::string>> FromInputs;
  /// The C library the policy was derived for, when the scan identified it.
  std::optional<CLibraryIdentity> CLibrary;

  friend bool operator==(const Provenance &, const Provenance &) = default;
};

/// A seccomp policy: an OCI seccomp profile plus provenance.
struct Policy {
  Action DefaultAction = Action::KillProcess;
  std::optional<uint32_t> DefaultErrnoRet;
  std::vector<std::string> Architectures;
  std::vector<std::string> Flags;
  std::vector<SyscallRule> Syscalls;
  std::optional<Provenance> Origin;

  /// Every syscall name that some rule allows, sorted and unique.
  std::vector<std::string> allowedSyscalls() const;

  friend bool operator==(const Policy &, const Policy &) = default;
};

/// "SCMP_ACT_KILL_PROCESS" etc.
const char *actionName(Action Act);
/// Parses an OCI action name; nullopt when unknown.
std::optional<Action> parseActionName(const std::string &Name);
/// Every OCI action name, for error messages.
std::vector<std::string> allActionNames();

/// "SCMP_CMP_EQ" etc.
const char *compareOpName(CompareOp Op);
/// Parses an OCI comparison operator name; nullopt when unknown.
std::optional<CompareOp> parseCompareOpName(const std::string &Name);
/// Every OCI comparison operator name, for error messages.
std::vector<std::string> allCompareOpNames();

} // namespace sysprune::policy
