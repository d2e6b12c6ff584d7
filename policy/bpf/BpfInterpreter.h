#pragma once

#include "policy/core/Diagnostic.h"

#include <linux/filter.h>
#include <linux/seccomp.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// What a seccomp filter returned for one syscall, and how many of its
/// instructions ran to get there.
struct FilterVerdict {
  uint32_t Action = 0;
  unsigned Executed = 0;
};

/// Runs the classic-BPF seccomp program \p Program over \p Data as the
/// kernel would (the instructions the kernel's seccomp checker accepts).
/// nullopt (with an error in \p Diags, when given) when the program would not
/// load: an unknown instruction, a jump or load out of bounds, a division by a
/// constant zero, or a path that runs off the end.
std::optional<FilterVerdict>
interpretFilter(const std::vector<sock_filter> &Program,
                const seccomp_data &Data, Diagnostics *Diags = nullptr);

} // namespace sysprune::policy
