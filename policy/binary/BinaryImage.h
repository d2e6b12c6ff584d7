#pragma once

#include <llvm/ADT/ArrayRef.h>
#include <llvm/Object/ObjectFile.h>
#include <llvm/Support/Error.h>
#include <llvm/TargetParser/Triple.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy::binary {

/// A function a library exports: its names (aliases share an address), where
/// it starts and, when the symbol table says, how long it is.
struct ExportedFunction {
  std::vector<std::string> Names;
  uint64_t Address = 0;
  uint64_t Size = 0;
};

/// What the dynamic loader reads of an ELF file to load what it needs.
struct LinkInfo {
  llvm::Triple::ArchType Arch = llvm::Triple::UnknownArch;
  /// DT_SONAME, or the file name.
  std::string Soname;
  /// DT_NEEDED entries, in order.
  std::vector<std::string> Needed;
  /// DT_RUNPATH and DT_RPATH, colon-separated; empty when absent.
  std::string RunPath;
  std::string RPath;
};

/// Reads \p Path's architecture and dynamic section only (no symbols, no
/// code): cheap enough to call on every library a program loads.
llvm::Expected<LinkInfo> readLinkInfo(const std::string &Path);

/// An ELF shared library (or executable) as the model builder sees it:
/// exported functions, PLT stubs with the symbols they jump to, and the
/// bytes of its executable sections.
class BinaryImage {
public:
  static llvm::Expected<std::unique_ptr<BinaryImage>>
  open(const std::string &Path);

  llvm::Triple::ArchType arch() const { return Arch; }
  const std::string &path() const { return Path; }
  /// Its DT_SONAME, or the file name.
  const std::string &soname() const { return Soname; }
  /// Its DT_NEEDED entries.
  const std::vector<std::string> &needed() const { return Needed; }
  /// Exported functions, by address.
  const std::map<uint64_t, ExportedFunction> &functions() const {
    return Functions;
  }
  /// Every function's extent the unwind tables (.eh_frame) describe,
  /// start -> length: exported or not, and the cold parts compilers split
  /// off. Stripped libraries keep these, so they bound internal functions.
  const std::map<uint64_t, uint64_t> &frameExtents() const {
    return FrameExtents;
  }
  /// The address of the function exported as \p Name.
  std::optional<uint64_t> exportedAddress(const std::string &Name) const;
  /// The symbol a PLT stub at \p Address jumps to.
  std::optional<std::string> importAt(uint64_t Address) const;
  /// In a relocatable object: the symbol a relocation inside the
  /// instruction at [\p Address, \p Address + \p Size) refers to (the
  /// callee of a call the linker has yet to fix up).
  std::optional<std::string> relocatedTarget(uint64_t Address,
                                             uint64_t Size) const;
  /// The executable bytes from \p Address to the end of its section; empty
  /// when \p Address is not in executable code.
  llvm::ArrayRef<uint8_t> codeAt(uint64_t Address) const;

private:
  BinaryImage() = default;

  llvm::object::OwningBinary<llvm::object::ObjectFile> Owning;
  std::string Path;
  std::string Soname;
  llvm::Triple::ArchType Arch = llvm::Triple::UnknownArch;
  std::vector<std::string> Needed;
  std::map<uint64_t, ExportedFunction> Functions;
  std::map<uint64_t, uint64_t> FrameExtents;
  std::map<uint64_t, std::string> Imports;
  std::map<std::string, uint64_t> ExportsByName;
  /// Relocatable objects: relocation offset -> symbol name.
  std::map<uint64_t, std::string> Relocations;
  /// Executable sections: start address -> bytes.
  std::map<uint64_t, llvm::ArrayRef<uint8_t>> Code;
};

} // namespace sysprune::policy::binary
