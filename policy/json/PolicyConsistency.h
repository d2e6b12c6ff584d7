#pragma once

#include "policy/core/Diagnostic.h"
#include "policy/core/Policy.h"
#include "policy/json/JsonLocator.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

// Checks of a policy that no single field shows wrong: conditions that can
// never hold, rules that repeat or contradict each other, a policy that lets
// nothing run. docs/policy-format.md ("Errors") defines each one.

/// True when argument value \p Arg satisfies \p C (what the filter does).
bool conditionHolds(const ArgCondition &C, uint64_t Arg);

/// True when some syscall arguments satisfy every condition in \p Conditions
/// at once (the conditions of one rule, all of which must hold).
bool conditionsCanHold(const std::vector<ArgCondition> &Conditions);

/// An error for a SCMP_CMP_MASKED_EQ condition whose expected bits lie
/// outside its mask; \p Pointer is the condition's JSON pointer.
std::optional<Diagnostic> checkMaskedEqual(const ArgCondition &C,
                                           const std::string &Pointer,
                                           const JsonLocator &Where);

/// An error for the first condition of \p Args (at \p ArgsPointer) that no
/// argument value satisfies together with the rule's earlier conditions.
std::optional<Diagnostic>
checkConditionsCanHold(const std::vector<ArgCondition> &Args,
                       const std::string &ArgsPointer,
                       const JsonLocator &Where);

/// A warning for each syscall a later rule repeats with the same action and
/// conditions, then an error for the first syscall given another action for
/// arguments an earlier rule also matches (nothing after it).
/// \p NamePointers holds, per rule, the JSON pointer of each name.
Diagnostics
checkRepeatedSyscalls(const std::vector<SyscallRule> &Rules,
                      const std::vector<std::vector<std::string>> &NamePointers,
                      const JsonLocator &Where);

/// An error when \p P lets no syscall run: no rule and not the default action
/// allows, logs, traces or notifies. \p Pointer is where to point.
std::optional<Diagnostic> checkSomethingRuns(const Policy &P,
                                             const std::string &Pointer,
                                             const JsonLocator &Where);

} // namespace sysprune::policy
