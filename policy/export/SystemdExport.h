#pragma once

#include "policy/core/Diagnostic.h"
#include "policy/core/Policy.h"

#include <optional>
#include <string>

namespace sysprune::policy {

/// The policy as a systemd drop-in (`[Service]` with SystemCallFilter=,
/// SystemCallArchitectures= and, for an errno default, SystemCallErrorNumber=).
/// systemd has no argument rules: a syscall allowed only with some
/// arguments is allowed with any, and the file says which. nullopt, with an
/// error in \p Diags (located at \p Source), when the policy needs what systemd
/// cannot say (a rule that denies, a default other than kill or errno, an
/// architecture it does not name).
std::optional<std::string>
exportSystemd(const Policy &P, const std::string &Source, Diagnostics &Diags);

} // namespace sysprune::policy
