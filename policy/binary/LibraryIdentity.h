#pragma once

#include <llvm/Support/Error.h>

#include <string>

namespace sysprune::policy::binary {

/// Which build of a shared library a file is: what a model derived from it,
/// or checked against it, holds for.
struct LibraryIdentity {
  std::string Path;
  /// Its DT_SONAME (libc.so.6); the file name when it has none.
  std::string Soname;
  /// The release it says it is, for the GNU C library and its loader
  /// ("2.41", from "... release version 2.41."); empty when it does not say.
  std::string Version;
  /// The distribution's build, as the library names itself ("Debian GLIBC
  /// 2.41-12+deb13u5"); empty when it does not say.
  std::string Build;
  /// Its GNU build-id note, in hex; empty when it has none.
  std::string BuildId;
};

/// Reads the identity of the ELF shared library at \p Path.
llvm::Expected<LibraryIdentity> identifyLibrary(const std::string &Path);

/// "glibc 2.41 (Debian GLIBC 2.41-12+deb13u5, build-id 1a2b...)": how the
/// tool names a library to its user.
std::string describeLibrary(const LibraryIdentity &Library);

} // namespace sysprune::policy::binary
