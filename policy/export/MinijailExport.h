#pragma once

#include "policy/core/Diagnostic.h"
#include "policy/core/Policy.h"

#include <optional>
#include <string>

namespace sysprune::policy {

/// The policy as a Minijail seccomp policy file (`minijail0 -S FILE`): one
/// line a syscall, `1` or an argument expression (`arg1 == 1 || ...`), and
/// `return N` where the policy fails calls with an errno. minijail0 itself
/// picks what an unlisted syscall gets (kill; -Y the whole process; -L log):
/// the file's comments say which flags the policy needs. nullopt, with an
/// error in \p Diags (located at \p Source), when the policy needs what the
/// file cannot say (a default that allows, traps or notifies, an errno for some
/// arguments only, more than one architecture).
std::optional<std::string>
exportMinijail(const Policy &P, const std::string &Source, Diagnostics &Diags);

} // namespace sysprune::policy
