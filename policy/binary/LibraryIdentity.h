#pragma once

#include "policy/core/Policy.h"

#include <llvm/Support/Error.h>

#include <optional>
#include <string>

namespace sysprune::policy::binary {

/// Which build of a shared library the ELF file at \p Path is: its soname,
/// its GNU build-id, and for the GNU C library and its loader the release
/// and build their version string names ("GNU C Library (Debian GLIBC
/// 2.41-12+deb13u5) stable release version 2.41.").
llvm::Expected<CLibraryIdentity> identifyLibrary(const std::string &Path);

/// The C library programs run with on this machine: the one the loader finds
/// for glibc's soname, identified once per process. Unset when there is none
/// (the checked-in models then describe the build they were derived from).
const std::optional<CLibraryIdentity> &systemCLibrary();

} // namespace sysprune::policy::binary
