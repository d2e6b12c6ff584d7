#pragma once

#include "policy/core/Diagnostic.h"
#include "policy/core/Policy.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// The kernel's SECCOMP_RET_* value for \p Act; \p Data is the errno of
/// Errno and the message of Trace (libseccomp's SCMP_ACT_* are the same
/// numbers).
uint32_t seccompReturnValue(Action Act, uint32_t Data);

/// One alternative of a syscall's rules: Action when every condition holds.
struct RuleAlternative {
  std::vector<ArgCondition> Conditions;
  uint32_t Action = 0;

  friend bool operator==(const RuleAlternative &,
                         const RuleAlternative &) = default;
};

/// What a filter does with one syscall number: the first alternative whose
/// conditions hold decides, else Otherwise.
struct SyscallDecision {
  std::vector<RuleAlternative> Alternatives;
  uint32_t Otherwise = 0;

  friend bool operator==(const SyscallDecision &,
                         const SyscallDecision &) = default;
};

/// A range of syscall numbers, both ends included.
struct NumberRange {
  uint32_t First = 0;
  uint32_t Last = 0;
};

/// The decisions for one AUDIT_ARCH_* value of seccomp_data.arch.
struct ArchitectureDecisions {
  uint32_t AuditArch = 0;
  /// The syscalls the policy names, by number; every other number gets the
  /// filter's default action.
  std::map<uint32_t, SyscallDecision> Syscalls;
  /// Numbers that belong to another ABI sharing this AUDIT_ARCH value
  /// (x32's on x86_64): the bad-architecture action.
  std::vector<NumberRange> Foreign;
};

/// What a seccomp filter must decide, independent of how it is compiled.
struct FilterSpec {
  uint32_t DefaultAction = 0;
  uint32_t BadArchAction = 0;
  std::vector<ArchitectureDecisions> Architectures;
};

/// Whether sysprune's own compiler handles every architecture \p P lists
/// (the native one when it lists none): the 64-bit little-endian ones
/// without multiplexed syscalls (x86_64, aarch64, riscv64). The others
/// (i386's socketcall, 32-bit arguments, x32) are left to libseccomp.
bool decisionTreeSupports(const Policy &P);

/// The decisions \p P makes, with \p DefaultAction for syscalls outside
/// it. Rules whose action is the default change nothing and are dropped, as
/// are conditional rules of a syscall that a rule with the same action
/// allows unconditionally. nullopt, with an error in \p Diags, for an
/// architecture the compiler does not support.
std::optional<FilterSpec>
buildFilterSpec(const Policy &P, uint32_t DefaultAction, Diagnostics &Diags);

} // namespace sysprune::policy
