#pragma once

#include "policy/core/Diagnostic.h"
#include "policy/core/Policy.h"
#include "policy/library/LibraryModel.h"

#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// The syscalls of \p Libc's baselines named \p Baselines ("loader",
/// "runtime"), in the model's order: what a filter applied before execve
/// must also let the dynamic loader and libc's start-up do.
std::vector<std::string>
baselineSyscalls(const LibraryModel &Libc,
                 const std::vector<std::string> &Baselines);
/// \p P plus one rule allowing \p Syscalls, what the named \p Baselines
/// do (as derived for the C library \p P is for).
Policy withBaselines(Policy P, std::vector<std::string> Syscalls,
                     const std::vector<std::string> &Baselines);

/// \p P plus one rule allowing what \p Consumer (a baseline of
/// LibraryModel::builtinConsumers(): runc, bwrap) does between loading the
/// filter and executing the program; nullopt when it has not been measured.
std::optional<Policy> withConsumer(Policy P, const std::string &Consumer);

/// The policy as an OCI runtime-spec seccomp object (Docker, Podman, runc,
/// crun): the policy file without sysprune's provenance.
std::string exportOci(const Policy &P);

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
