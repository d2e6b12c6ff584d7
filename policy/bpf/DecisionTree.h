#pragma once

#include "policy/bpf/FilterSpec.h"

#include <linux/filter.h>

#include <vector>

namespace sysprune::policy {

/// Compiles \p Spec to a classic-BPF seccomp program that checks the
/// architecture first, then finds the syscall number in a balanced binary
/// tree over ranges of numbers with the same outcome (O(log n) jumps), and
/// checks arguments only for the syscalls whose rules have conditions.
std::vector<sock_filter> compileDecisionTree(const FilterSpec &Spec);

} // namespace sysprune::policy
