#pragma once

#include "policy/core/Diagnostic.h"
#include "policy/core/Policy.h"

#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// A policy to merge and the name the merged provenance gives it (its path).
struct MergeInput {
  std::string Name;
  Policy Value;
};

/// The merged policy, or nullopt and the error that says which inputs
/// disagree.
struct MergeResult {
  std::optional<Policy> Value;
  Diagnostics Diags;
};

/// The union of \p Inputs: a syscall any input allows with any arguments is
/// allowed with any; the argument rules of the others are kept side by side
/// (any of them allows the call). Rules are laid out as `sysprune scan`
/// writes them, and the provenance of every input is kept, naming the inputs
/// each syscall and argument rule comes from. The inputs must agree on the
/// default action and architectures, and on the action of each syscall they
/// share. \p ToolVersion is written as the policy's version.
MergeResult mergePolicies(const std::vector<MergeInput> &Inputs,
                          const std::string &ToolVersion);

} // namespace sysprune::policy
