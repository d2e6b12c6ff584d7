#pragma once

#include "policy/binary/ModelBuilder.h"

#include <llvm/Support/Error.h>

#include <string>
#include <vector>

namespace sysprune::policy::binary {

/// The machine-code model of one of the platform's runtime libraries (the
/// C library, its dynamic loader, the C++ runtime), and where it came from.
struct RuntimeModel {
  BinaryModel Model;
  /// The installed library; empty when none is (the checked-in model is
  /// then used as it is).
  std::string InstalledPath;
  /// The checked-in model (policy/models/debian-12-x86_64/), because the
  /// installed library is the build it was derived from or none is
  /// installed; false: derived from the installed library.
  bool CheckedIn = false;
};

/// The runtime libraries' models for this machine: for each library with a
/// checked-in model, that model where the installed library has its
/// SHA-256 (or is not installed), else the installed library's own model,
/// derived (and kept in \p CacheDirectory, see buildBinaryModelCached).
llvm::Expected<std::vector<RuntimeModel>>
loadRuntimeModels(const std::string &CacheDirectory,
                  const std::string &ToolIdentity);

/// The SHA-256 of the file at \p Path (hex, as sha256sum prints it).
llvm::Expected<std::string> sha256OfFile(const std::string &Path);

} // namespace sysprune::policy::binary
