// The checks of `sysprune check` that compare what the code needs with a
// committed policy.

#include "policy/Checks.h"

namespace sysprune::policy {

const std::vector<CheckInfo> &policyChecks() {
  static const std::vector<CheckInfo> Checks = {};
  return Checks;
}

} // namespace sysprune::policy
