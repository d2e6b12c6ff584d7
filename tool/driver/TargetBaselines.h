#pragma once

#include "tool/driver/DiagnosticPrinter.h"

#include "policy/binary/RuntimeModels.h"
#include "policy/core/Policy.h"
#include "policy/library/LibraryModel.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sysprune::tool {

/// Options.RuntimeLibraries for a link: loads \p Target's runtime library
/// models into \p Store when the link first needs them (derived ones kept in
/// \p CacheDirectory); on failure, sets \p Error and gives none.
std::function<std::vector<const policy::LibraryModel *>()>
runtimeLibrariesLoader(policy::binary::RuntimeTarget Target,
                       const std::string &CacheDirectory,
                       std::vector<policy::LibraryModel> &Store,
                       std::optional<std::string> &Error);

/// What the named baselines ("loader", "runtime": what runs before main) of
/// \p Target's C library do: the hand-checked model's where it was checked
/// against that release, and that release's machine code besides where not.
/// nullopt, with the error printed, when the models cannot be loaded.
std::optional<std::vector<std::string>>
targetBaselineSyscalls(policy::binary::RuntimeTarget Target,
                       const std::vector<std::string> &Baselines,
                       DiagnosticPrinter &Printer);

/// The target a policy was derived for, by its sysprune.c_library: this
/// machine's C library when it names its release (or names none: a policy
/// of an older sysprune), Debian 12's for glibc 2.36, else the portable
/// models (with a note when they do not name its release either).
policy::binary::RuntimeTarget policyTarget(const policy::Policy &P,
                                           DiagnosticPrinter &Printer);

/// Whether a program run here runs with a C library release \p P was
/// derived for (or \p P does not say); prints one error, naming both and
/// what to do, when not.
bool runsWithPolicysCLibrary(const policy::Policy &P,
                             const std::string &PolicyPath,
                             DiagnosticPrinter &Printer);

} // namespace sysprune::tool
