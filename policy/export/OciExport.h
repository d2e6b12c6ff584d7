#pragma once

#include "policy/core/Policy.h"

#include <string>

namespace sysprune::policy {

/// The policy as an OCI runtime-spec seccomp object (Docker, Podman, runc,
/// crun): the policy file without sysprune's provenance.
std::string exportOci(const Policy &P);

} // namespace sysprune::policy
