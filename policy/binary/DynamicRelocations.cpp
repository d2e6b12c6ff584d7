#include "policy/binary/DynamicRelocations.h"

#include <llvm/Object/ELF.h>

namespace sysprune::policy::binary {

namespace {
using namespace llvm;
using namespace llvm::object;

/// The library each version index of \p Obj's needed versions belongs to
/// (SHT_GNU_verneed), and each dynamic symbol's version index
/// (SHT_GNU_versym).
template <class ELFT>
void readVersionOwners(const ELFObjectFile<ELFT> &Obj,
                       std::map<unsigned, std::string> &FileOfVersion,
                       std::vector<uint16_t> &VersionOfSymbol) {
  const ELFFile<ELFT> &File = Obj.getELFFile();
  auto Sections = File.sections();
  if (!Sections) {
    consumeError(Sections.takeError());
    return;
  }
  for (const auto &Section : *Sections) {
    if (Section.sh_type == ELF::SHT_GNU_verneed) {
      auto Needs = File.getVersionDependencies(Section);
      if (!Needs) {
        consumeError(Needs.takeError());
        continue;
      }
      for (const VerNeed &Need : *Needs)
        for (const VernAux &Aux : Need.AuxV)
          FileOfVersion[Aux.Other & ELF::VERSYM_VERSION] = Need.File;
    } else if (Section.sh_type == ELF::SHT_GNU_versym) {
      auto Entries =
          File.template getSectionContentsAsArray<typename ELFT::Versym>(
              Section);
      if (!Entries) {
        consumeError(Entries.takeError());
        continue;
      }
      for (const auto &Entry : *Entries)
        VersionOfSymbol.push_back(Entry.vs_index & ELF::VERSYM_VERSION);
    }
  }
}

/// The 64-bit word the file holds at virtual address \p Address; nullopt
/// where no section with contents covers it.
std::optional<uint64_t> wordAt(const ELFFile<ELF64LE> &File, uint64_t Address) {
  auto Sections = File.sections();
  if (!Sections) {
    consumeError(Sections.takeError());
    return std::nullopt;
  }
  for (const auto &Section : *Sections) {
    if (Section.sh_type == ELF::SHT_NOBITS || Address < Section.sh_addr ||
        Address + 8 > Section.sh_addr + Section.sh_size)
      continue;
    auto Contents = File.getSectionContents(Section);
    if (!Contents) {
      consumeError(Contents.takeError());
      return std::nullopt;
    }
    return support::endian::read64le(Contents->data() +
                                     (Address - Section.sh_addr));
  }
  return std::nullopt;
}

/// Relative relocations packed as DT_RELR (`-z pack-relative-relocs`, as
/// Debian 13's glibc and Fedora link): each names a slot whose value on
/// disk is the address the loader adds the load base to, as a RELATIVE
/// relocation's addend is.
void readPackedRelocations(const ELF64LEObjectFile &Elf,
                           const std::function<bool(uint64_t)> &IsCode,
                           DynamicRelocations &Out) {
  const ELFFile<ELF64LE> &File = Elf.getELFFile();
  auto Sections = File.sections();
  if (!Sections) {
    consumeError(Sections.takeError());
    return;
  }
  for (const auto &Section : *Sections) {
    if (Section.sh_type != ELF::SHT_RELR)
      continue;
    auto Packed = File.relrs(Section);
    if (!Packed) {
      consumeError(Packed.takeError());
      continue;
    }
    for (const auto &Relocation : File.decode_relrs(*Packed)) {
      auto Value = wordAt(File, Relocation.r_offset);
      if (!Value)
        continue;
      Out.Relocated[Relocation.r_offset] = *Value;
      if (IsCode(*Value))
        Out.CodePointers.insert(*Value);
    }
  }
}

/// The relocation types the loader applies, as one architecture numbers
/// them.
struct RelocationTypes {
  uint32_t Relative, IRelative, Absolute, GlobDat, JumpSlot;
};

RelocationTypes relocationTypesOf(Triple::ArchType Arch) {
  bool AArch64 = Arch == Triple::aarch64;
  RelocationTypes Types;
  Types.Relative =
      AArch64 ? uint32_t(ELF::R_AARCH64_RELATIVE) : ELF::R_X86_64_RELATIVE;
  Types.IRelative =
      AArch64 ? uint32_t(ELF::R_AARCH64_IRELATIVE) : ELF::R_X86_64_IRELATIVE;
  Types.Absolute = AArch64 ? uint32_t(ELF::R_AARCH64_ABS64) : ELF::R_X86_64_64;
  Types.GlobDat =
      AArch64 ? uint32_t(ELF::R_AARCH64_GLOB_DAT) : ELF::R_X86_64_GLOB_DAT;
  Types.JumpSlot =
      AArch64 ? uint32_t(ELF::R_AARCH64_JUMP_SLOT) : ELF::R_X86_64_JUMP_SLOT;
  return Types;
}

/// Reads one file's dynamic relocations, one at a time, into \p Out.
class RelocationReader {
public:
  RelocationReader(const ELFObjectFileBase &Elf,
                   const std::function<bool(uint64_t)> &IsCode,
                   DynamicRelocations &Out)
      : Elf(Elf), IsCode(IsCode), Out(Out),
        Types(relocationTypesOf(Elf.getArch())) {
    if (auto *E = dyn_cast<ELF64LEObjectFile>(&Elf))
      readVersionOwners(*E, FileOfVersion, VersionOfSymbol);
  }

  /// One relocation: a relative or IRELATIVE one here, one against a symbol
  /// in readAgainstSymbol.
  void read(const RelocationRef &R) {
    uint32_t Type = static_cast<uint32_t>(R.getType());
    int64_t Addend = 0;
    if (auto A = ELFRelocationRef(R).getAddend())
      Addend = *A;
    else
      consumeError(A.takeError());
    uint64_t Value = static_cast<uint64_t>(Addend);
    if (Type == Types.Relative) {
      Out.Relocated[R.getOffset()] = Value;
      if (IsCode(Value))
        Out.CodePointers.insert(Value);
      return;
    }
    if (Type == Types.IRelative) {
      Out.Slots[R.getOffset()].Resolver = Value;
      return;
    }
    if (Type != Types.Absolute && Type != Types.GlobDat &&
        Type != Types.JumpSlot)
      return;
    readAgainstSymbol(R, Type, Value);
  }

private:
  /// An absolute, GOT or PLT relocation of type \p Type and addend
  /// \p Value.
  void readAgainstSymbol(const RelocationRef &R, uint32_t Type, uint64_t Value);

  const ELFObjectFileBase &Elf;
  const std::function<bool(uint64_t)> &IsCode;
  DynamicRelocations &Out;
  const RelocationTypes Types;
  /// Which library defines an imported data object (see readVersionOwners).
  std::map<unsigned, std::string> FileOfVersion;
  std::vector<uint16_t> VersionOfSymbol;
};

void RelocationReader::readAgainstSymbol(const RelocationRef &R, uint32_t Type,
                                         uint64_t Value) {
  auto Symbol = R.getSymbol();
  if (Symbol == Elf.symbol_end())
    return;
  auto Name = Symbol->getName();
  auto Address = Symbol->getAddress();
  auto Flags = Symbol->getFlags();
  if (!Name || !Address || !Flags) {
    consumeError(Name.takeError());
    consumeError(Address.takeError());
    consumeError(Flags.takeError());
    return;
  }
  // A weak reference of no type is a hook some other object may
  // define (systemd's NSS module asks the program for
  // mempool_enabled): the library checks for it before calling.
  ELFSymbolRef Sym(*Symbol);
  if (Sym.getBinding() == ELF::STB_WEAK &&
      Sym.getELFType() == ELF::STT_NOTYPE && (*Flags & SymbolRef::SF_Undefined))
    Out.Hooks.insert(Name->str());
  auto SymbolType = Sym.getELFType();
  if (Type != Types.Absolute) {
    Out.Slots[R.getOffset()].Import = Name->str();
    Out.Slots[R.getOffset()].ImportIsFunction =
        SymbolType == ELF::STT_FUNC || SymbolType == ELF::STT_GNU_IFUNC;
  }
  // The GOT entry of another library's data object.
  uint64_t Index = Symbol->getRawDataRefImpl().d.b;
  if (Type == Types.GlobDat && (*Flags & SymbolRef::SF_Undefined) &&
      SymbolType == ELF::STT_OBJECT && Index < VersionOfSymbol.size())
    if (auto Owner = FileOfVersion.find(VersionOfSymbol[Index]);
        Owner != FileOfVersion.end())
      Out.Slots[R.getOffset()].ObjectOwner = Owner->second;
  // An absolute pointer to, or the GOT entry of, one of the library's
  // own functions: code can load it and call through it.
  bool Defined = !(*Flags & SymbolRef::SF_Undefined);
  if (Defined && Type != Types.JumpSlot && IsCode(*Address + Value))
    Out.CodePointers.insert(*Address + (Type == Types.Absolute ? Value : 0));
  // A constructor named by symbol (libcap's _libcap_initialize is
  // exported, so its DT_INIT_ARRAY slot is an absolute relocation
  // against it, zero on disk): the slot holds the symbol's address.
  if (Defined && Type == Types.Absolute)
    Out.Relocated[R.getOffset()] = *Address + Value;
}
} // namespace

DynamicRelocations
readDynamicRelocations(const ELFObjectFileBase &Elf,
                       const std::function<bool(uint64_t)> &IsCode) {
  DynamicRelocations Out;
  RelocationReader Reader(Elf, IsCode, Out);
  for (const SectionRef &Section : Elf.dynamic_relocation_sections())
    for (const RelocationRef &R : Section.relocations())
      Reader.read(R);
  if (auto *E = dyn_cast<ELF64LEObjectFile>(&Elf))
    readPackedRelocations(*E, IsCode, Out);
  return Out;
}

} // namespace sysprune::policy::binary
