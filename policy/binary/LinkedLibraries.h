#pragma once

#include <llvm/Support/Error.h>

#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy::binary {

/// The shared libraries a program loads: its DT_NEEDED entries and theirs,
/// found the way the dynamic loader finds them.
struct LinkedLibraries {
  /// Paths of the libraries to model from their machine code, in the order
  /// the loader would load them (breadth-first).
  std::vector<std::string> ToModel;
  /// Sonames the built-in models describe already (the C library's parts,
  /// the C++ runtime).
  std::vector<std::string> Builtin;
  /// Sonames found nowhere on the search path.
  std::vector<std::string> Missing;
};

/// Whether the built-in models describe the library called \p Soname, so
/// that it needs no model of its own.
bool describedByBuiltinModels(const std::string &Soname);

/// The libraries the ELF program at \p Program loads. Each DT_NEEDED entry
/// is looked for as ld.so(8) does: in the requesting object's DT_RPATH
/// (when it has no DT_RUNPATH), LD_LIBRARY_PATH, its DT_RUNPATH ($ORIGIN
/// expanded), the directories /etc/ld.so.conf lists, then /lib and
/// /usr/lib; a file of another architecture is passed over. Fails only
/// when \p Program itself cannot be read.
llvm::Expected<LinkedLibraries> findLinkedLibraries(const std::string &Program);

/// Where dlopen from the C library would find \p Soname (LD_LIBRARY_PATH,
/// the directories /etc/ld.so.conf lists, /lib, /usr/lib); nullopt when it
/// is not there.
std::optional<std::string> findSystemLibrary(const std::string &Soname);

} // namespace sysprune::policy::binary
