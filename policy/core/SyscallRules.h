#pragma once

#include "policy/core/Policy.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// One rule a policy has for one syscall: what the filter does when all
/// Conditions hold (none: with any arguments).
struct SyscallAllowance {
  Action Act = Action::Allow;
  std::optional<uint32_t> ErrnoRet;
  std::vector<ArgCondition> Conditions;

  /// The same action under the same conditions, in any order.
  bool sameAs(const SyscallAllowance &Other) const;
  /// The same action (and errno), whatever the conditions.
  bool sameActionAs(const SyscallAllowance &Other) const;
};

/// Syscall name -> its distinct rules, in the order the policy lists them,
/// so that rules naming several syscalls count once for each.
std::map<std::string, std::vector<SyscallAllowance>>
rulesBySyscall(const Policy &P);

/// Whether two condition lists are the same conjunction (in any order,
/// repeats and the valueTwo of other operators than SCMP_CMP_MASKED_EQ
/// ignored).
bool sameConditions(const std::vector<ArgCondition> &A,
                    const std::vector<ArgCondition> &B);

/// The data a rule's action returns: errnoRet (1 when absent) for
/// SCMP_ACT_ERRNO and SCMP_ACT_TRACE; 0 for the others, which ignore it.
uint32_t returnedData(Action Act, std::optional<uint32_t> ErrnoRet);

/// "SCMP_ACT_ALLOW", "SCMP_ACT_ERRNO(1)": an action with its errno.
std::string actionText(Action Act, std::optional<uint32_t> ErrnoRet);

/// The provenance's entry for \p Syscall in \p Map (its sites, chain, ...);
/// nullptr when it has none.
template <typename T>
const T *lookup(const std::map<std::string, T> &Map,
                const std::string &Syscall) {
  auto It = Map.find(Syscall);
  return It == Map.end() ? nullptr : &It->second;
}

/// The provenance's record of \p Syscall's argument rule with \p Conditions;
/// nullptr when it has none.
const ArgumentUse *findArgumentUse(const Provenance &Origin,
                                   const std::string &Syscall,
                                   const std::vector<ArgCondition> &Conditions);

} // namespace sysprune::policy
