#pragma once

#include <llvm/ADT/ArrayRef.h>
#include <llvm/Object/ObjectFile.h>
#include <llvm/Support/Error.h>
#include <llvm/TargetParser/Triple.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace llvm::object {
class ELFObjectFileBase;
class ELFSymbolRef;
} // namespace llvm::object

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
  /// DT_INIT and DT_INIT_ARRAY (address, size in bytes); DT_FINI and
  /// DT_FINI_ARRAY likewise. 0 when absent.
  uint64_t Init = 0, InitArray = 0, InitArraySize = 0;
  uint64_t Fini = 0, FiniArray = 0, FiniArraySize = 0;
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
  /// The file's bytes.
  llvm::StringRef contents() const { return Owning.getBinary()->getData(); }
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
  /// Code addresses the dynamic loader stores in the library's data
  /// (relative relocations, and absolute ones against its own functions):
  /// vtables, tables of callbacks, initialised function pointers. Each is a
  /// function some code may call through a pointer.
  const std::set<uint64_t> &codePointersInData() const {
    return CodePointersInData;
  }
  /// What the loader puts in the pointer-sized slot at \p Slot (a GOT
  /// entry that code calls through): the symbol of another library, or,
  /// for an IFUNC (IRELATIVE), the resolver whose result is called.
  struct SlotTarget {
    std::optional<std::string> Import;
    /// The import is a function (not a data object).
    bool ImportIsFunction = false;
    std::optional<uint64_t> Resolver;
    /// For a data object of another library (glibc's _rtld_global_ro):
    /// the library its symbol version says defines it. Pointers read out
    /// of it lead into that library.
    std::optional<std::string> ObjectOwner;
  };
  std::optional<SlotTarget> slotAt(uint64_t Slot) const;
  /// Whether the import \p Name is a weak reference of no type: a hook
  /// another object may or may not define, called only when it does.
  bool isHook(const std::string &Name) const { return Hooks.count(Name); }
  /// Whether \p Address is in the PLT (.plt, .plt.sec, .plt.got).
  bool inPlt(uint64_t Address) const;
  /// The functions the loader runs when it loads the library (DT_INIT,
  /// DT_INIT_ARRAY) and when the program exits (DT_FINI, DT_FINI_ARRAY).
  const std::vector<uint64_t> &constructors() const { return Constructors; }
  const std::vector<uint64_t> &destructors() const { return Destructors; }
  /// Where the kernel starts the program (the ELF header's entry point),
  /// when the file has one in its code: executables, and the libraries
  /// that can also be run (libc.so.6).
  std::optional<uint64_t> entryPoint() const { return Entry; }
  /// Whether the file is linked to run at fixed addresses (ET_EXEC: a
  /// program built without -pie): its code and data hold its functions'
  /// addresses as plain numbers, with no relocation to find them by.
  bool positionDependent() const { return PositionDependent; }
  /// Whether a symbol or the unwind tables say a function starts at
  /// \p Address.
  bool isFunctionStart(uint64_t Address) const {
    return Functions.count(Address) || FrameExtents.count(Address);
  }
  /// IFUNC resolvers (exported IFUNC symbols and IRELATIVE relocations):
  /// each returns one of the implementations whose address it computes,
  /// and that is what a call to the function runs.
  const std::set<uint64_t> &resolvers() const { return Resolvers; }

private:
  BinaryImage() = default;

  // The parts of open(), in the order it calls them: each reads one kind of
  // thing out of the ELF file.
  /// The executable sections, and which of them are the PLT.
  void readCode(const llvm::object::ELFObjectFileBase &Elf);
  /// A function \p Symbol defines, if it defines one.
  void addFunction(const llvm::object::ELFObjectFileBase &Elf,
                   const llvm::object::ELFSymbolRef &Symbol);
  /// In a relocatable object: the symbols of the relocations in code.
  void readCallRelocations(const llvm::object::ELFObjectFileBase &Elf);
  /// Functions' extents from the unwind tables.
  void readFrameExtents(const llvm::object::ELFObjectFileBase &Elf);
  /// In a program at fixed addresses: the functions its data points to.
  void readPointersInFixedData(const llvm::object::ELFObjectFileBase &Elf);
  /// What the loader fills in and calls: code pointers in data, GOT slots,
  /// hooks, constructors and destructors (\p Info says where those are).
  void readLoaderData(const llvm::object::ELFObjectFileBase &Elf,
                      const LinkInfo &Info);
  /// The symbol each PLT stub jumps to.
  void readPltImports(const llvm::object::ELFObjectFileBase &Elf);

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
  std::set<uint64_t> CodePointersInData;
  std::map<uint64_t, SlotTarget> Slots;
  std::set<uint64_t> Resolvers;
  std::set<std::string> Hooks;
  std::vector<uint64_t> Constructors, Destructors;
  std::optional<uint64_t> Entry;
  bool PositionDependent = false;
  /// PLT sections: start -> end.
  std::map<uint64_t, uint64_t> Plt;
  /// Executable sections: start address -> bytes.
  std::map<uint64_t, llvm::ArrayRef<uint8_t>> Code;
};

} // namespace sysprune::policy::binary
