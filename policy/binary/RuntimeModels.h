#pragma once

#include "policy/binary/ModelBuilder.h"
#include "policy/core/Policy.h"

#include <llvm/Support/Error.h>

#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy::binary {

/// Which build of the platform's runtime libraries (the C library, its
/// dynamic loader, the C++ runtime) a policy is derived for.
enum class RuntimeTarget {
  /// The libraries installed on this machine.
  Installed,
  /// Debian 12's (glibc 2.36, GCC 12's C++ runtime), whatever is installed
  /// here: the checked-in models of policy/models/debian-12-x86_64/.
  Debian12,
  /// Any of several releases' (policy/models/portable-x86_64/PACKAGES): per
  /// function, the union of what each does.
  Portable,
};

/// The machine-code model of one of the platform's runtime libraries, and
/// where it came from.
struct RuntimeModel {
  BinaryModel Model;
  /// The installed library; empty when none is (the checked-in model is
  /// then used as it is).
  std::string InstalledPath;
  /// A checked-in model (policy/models/), because the target says so or the
  /// installed library is the build it was derived from or none is
  /// installed; false: derived from the installed library.
  bool CheckedIn = false;
};

/// The runtime libraries' models for \p Target. For the installed
/// libraries: for each library with a checked-in Debian 12 model, that
/// model where the installed library has its SHA-256 (or is not installed),
/// else the installed library's own model, derived (and kept in
/// \p CacheDirectory, see buildBinaryModelCached). For another target: its
/// checked-in models, whatever is installed.
llvm::Expected<std::vector<RuntimeModel>>
loadRuntimeModels(RuntimeTarget Target, const std::string &CacheDirectory,
                  const std::string &ToolIdentity);

/// The C library a policy for \p Target is derived for: the installed one
/// (systemCLibrary), or the one (or, for Portable, the releases) its
/// checked-in model names.
std::optional<CLibraryIdentity> targetCLibrary(RuntimeTarget Target);

/// The SHA-256 of the file at \p Path (hex, as sha256sum prints it).
llvm::Expected<std::string> sha256OfFile(const std::string &Path);

} // namespace sysprune::policy::binary
