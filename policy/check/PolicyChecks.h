#pragma once

#include "policy/check/CheckInfo.h"
#include "policy/core/Finding.h"
#include "policy/core/Policy.h"

#include <string>
#include <vector>

namespace sysprune::policy {

/// The checks that compare what the code needs with a committed policy
/// (PolicyChecks.cpp).
const std::vector<CheckInfo> &policyChecks();

/// The policy checks' findings: what \p Needed (the policy the code needs
/// now, as linked) allows that \p Committed (read from \p CommittedPath,
/// whose text is \p CommittedText) does not, and the syscalls \p Committed
/// allows that \p Needed no longer has. In the order of the syscalls.
Findings checkPolicy(const Policy &Committed, const std::string &CommittedPath,
                     const std::string &CommittedText, const Policy &Needed);

} // namespace sysprune::policy
