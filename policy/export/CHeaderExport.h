#pragma once

#include "policy/bpf/BpfCompiler.h"

#include <string>

namespace sysprune::policy {

/// Renders \p Program as a self-contained C/C++ header (`sysprune export
/// --format cpp`): `static const struct sock_filter sysprune_filter[]`, with
/// what each instruction does in a comment, its length and architecture, to
/// install with prctl(PR_SET_SECCOMP) or sysprune::install. \p Violation
/// says what a syscall outside the policy gets.
std::string writeFilterHeader(const BpfProgram &Program,
                              const std::string &PolicyPath,
                              const std::string &Violation);

} // namespace sysprune::policy
