#pragma once

#include "policy/core/Diagnostic.h"
#include "policy/core/Policy.h"

#include <string>

namespace sysprune::policy {

/// Why \p P allows \p Syscall, as notes in a compiler's backtrace order:
/// for each argument rule (or the syscall as a whole), the site that needs
/// it and the calls that lead there from an entry point, innermost first;
/// then the baselines that need it and, for an unrestricted syscall whose
/// arguments select the operation, why no rule could be made. An error when
/// the policy does not allow it. Relative paths are resolved against
/// \p Root when it is not empty.
Diagnostics explainSyscall(const Policy &P, const std::string &Syscall,
                           const std::string &Root);

/// "argument 0 == 15", "argument 1 has no bits outside 0x80800", ...
std::string describeConditions(const std::vector<ArgCondition> &Conditions);

} // namespace sysprune::policy
