#pragma once

#include "policy/core/Diagnostic.h"
#include "policy/core/Policy.h"

#include <optional>
#include <string>

namespace sysprune::policy {

/// The outcome of reading a policy: the policy when there was no error, and
/// every diagnostic (warnings for ignored keys, at most one error).
struct ReadResult {
  std::optional<Policy> Value;
  Diagnostics Diags;
};

/// Parses and validates policy JSON. \p File names the text in diagnostics.
ReadResult readPolicy(const std::string &Text, const std::string &File);
/// Reads the file at \p Path, then as readPolicy.
ReadResult readPolicyFile(const std::string &Path);

} // namespace sysprune::policy
