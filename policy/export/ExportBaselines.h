#pragma once

#include "policy/core/Policy.h"
#include "policy/library/LibraryModel.h"

#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

// What a policy applied before execve (by sysprune exec, a container
// runtime, bwrap) must also let the loader, libc's start-up and the
// consumer itself do.

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

} // namespace sysprune::policy
