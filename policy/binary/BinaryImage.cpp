#include "policy/binary/BinaryImage.h"

#include "policy/binary/CodeScanner.h"

#include <llvm/DebugInfo/DWARF/DWARFContext.h>
#include <llvm/DebugInfo/DWARF/DWARFDebugFrame.h>
#include <llvm/Object/ELFObjectFile.h>
#include <llvm/Support/Path.h>

#include <cstring>
#include <functional>

namespace sysprune::policy::binary {

namespace {
using namespace llvm;
using namespace llvm::object;

template <class ELFT>
void readDynamic(const ELFObjectFile<ELFT> &Obj, LinkInfo &Info) {
  const ELFFile<ELFT> &File = Obj.getELFFile();
  auto Entries = File.dynamicEntries();
  if (!Entries) {
    consumeError(Entries.takeError());
    return;
  }
  // The dynamic string table, found through DT_STRTAB.
  uint64_t StrTab = 0;
  for (const auto &Entry : *Entries)
    if (Entry.d_tag == ELF::DT_STRTAB)
      StrTab = Entry.getPtr();
  if (!StrTab)
    return;
  auto Base = File.toMappedAddr(StrTab);
  if (!Base) {
    consumeError(Base.takeError());
    return;
  }
  const char *Strings = reinterpret_cast<const char *>(*Base);
  for (const auto &Entry : *Entries) {
    if (Entry.d_tag == ELF::DT_NEEDED)
      Info.Needed.push_back(Strings + Entry.getVal());
    else if (Entry.d_tag == ELF::DT_SONAME)
      Info.Soname = Strings + Entry.getVal();
    else if (Entry.d_tag == ELF::DT_RUNPATH)
      Info.RunPath = Strings + Entry.getVal();
    else if (Entry.d_tag == ELF::DT_RPATH)
      Info.RPath = Strings + Entry.getVal();
  }
  for (const auto &Entry : *Entries)
    switch (Entry.d_tag) {
    case ELF::DT_INIT:
      Info.Init = Entry.getPtr();
      break;
    case ELF::DT_INIT_ARRAY:
      Info.InitArray = Entry.getPtr();
      break;
    case ELF::DT_INIT_ARRAYSZ:
      Info.InitArraySize = Entry.getVal();
      break;
    case ELF::DT_FINI:
      Info.Fini = Entry.getPtr();
      break;
    case ELF::DT_FINI_ARRAY:
      Info.FiniArray = Entry.getPtr();
      break;
    case ELF::DT_FINI_ARRAYSZ:
      Info.FiniArraySize = Entry.getVal();
      break;
    default:
      break;
    }
}
/// The architecture and dynamic section of \p Elf, read from \p Path.
LinkInfo linkInfoOf(const ELFObjectFileBase &Elf, const std::string &Path) {
  LinkInfo Info;
  Info.Arch = Elf.getArch();
  Info.Soname = sys::path::filename(Path).str();
  if (auto *E = dyn_cast<ELF64LEObjectFile>(&Elf))
    readDynamic(*E, Info);
  return Info;
}

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

/// The functions an array of pointers the loader calls (DT_INIT_ARRAY,
/// DT_FINI_ARRAY) names, at [\p Array, \p Array + \p Size): in a
/// position-independent file each entry is filled in by a relocation, a
/// relative one whose addend is the function or an absolute one against
/// the function's symbol (\p Relocated: offset -> address), else it is
/// the bytes on disk. \p Single (DT_INIT, DT_FINI)
/// comes first.
template <class ELFT>
std::vector<uint64_t>
functionsCalledFrom(const ELFObjectFile<ELFT> &Obj, uint64_t Single,
                    uint64_t Array, uint64_t Size,
                    const std::map<uint64_t, uint64_t> &Relocated) {
  std::vector<uint64_t> Functions;
  if (Single)
    Functions.push_back(Single);
  if (!Array || !Size)
    return Functions;
  const uint8_t *Bytes = nullptr;
  if (auto Mapped = Obj.getELFFile().toMappedAddr(Array))
    Bytes = *Mapped;
  else
    consumeError(Mapped.takeError());
  for (uint64_t Slot = Array; Slot + 8 <= Array + Size; Slot += 8) {
    uint64_t Value = 0;
    if (Bytes)
      std::memcpy(&Value, Bytes + (Slot - Array), 8);
    if (auto It = Relocated.find(Slot); It != Relocated.end())
      Value = It->second;
    // 0 and -1 are placeholders some linkers leave.
    if (Value != 0 && Value != ~uint64_t(0))
      Functions.push_back(Value);
  }
  return Functions;
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
                           std::set<uint64_t> &CodePointers,
                           std::map<uint64_t, uint64_t> &Relocated) {
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
      Relocated[Relocation.r_offset] = *Value;
      if (IsCode(*Value))
        CodePointers.insert(*Value);
    }
  }
}

/// What the dynamic relocations say about code addresses: the ones stored in
/// data, the slots code calls through, and the imports that are hooks.
void readDynamicRelocations(const ELFObjectFileBase &Elf,
                            const std::function<bool(uint64_t)> &IsCode,
                            std::set<uint64_t> &CodePointers,
                            std::map<uint64_t, BinaryImage::SlotTarget> &Slots,
                            std::set<std::string> &Hooks,
                            std::map<uint64_t, uint64_t> &Relocated) {
  bool AArch64 = Elf.getArch() == Triple::aarch64;
  const uint32_t Relative =
      AArch64 ? uint32_t(ELF::R_AARCH64_RELATIVE) : ELF::R_X86_64_RELATIVE;
  const uint32_t IRelative =
      AArch64 ? uint32_t(ELF::R_AARCH64_IRELATIVE) : ELF::R_X86_64_IRELATIVE;
  const uint32_t Absolute =
      AArch64 ? uint32_t(ELF::R_AARCH64_ABS64) : ELF::R_X86_64_64;
  const uint32_t GlobDat =
      AArch64 ? uint32_t(ELF::R_AARCH64_GLOB_DAT) : ELF::R_X86_64_GLOB_DAT;
  const uint32_t JumpSlot =
      AArch64 ? uint32_t(ELF::R_AARCH64_JUMP_SLOT) : ELF::R_X86_64_JUMP_SLOT;
  std::map<unsigned, std::string> FileOfVersion;
  std::vector<uint16_t> VersionOfSymbol;
  if (auto *E = dyn_cast<ELF64LEObjectFile>(&Elf))
    readVersionOwners(*E, FileOfVersion, VersionOfSymbol);
  for (const SectionRef &Section : Elf.dynamic_relocation_sections())
    for (const RelocationRef &R : Section.relocations()) {
      uint32_t Type = static_cast<uint32_t>(R.getType());
      int64_t Addend = 0;
      if (auto A = ELFRelocationRef(R).getAddend())
        Addend = *A;
      else
        consumeError(A.takeError());
      uint64_t Value = static_cast<uint64_t>(Addend);
      if (Type == Relative) {
        Relocated[R.getOffset()] = Value;
        if (IsCode(Value))
          CodePointers.insert(Value);
        continue;
      }
      if (Type == IRelative) {
        Slots[R.getOffset()].Resolver = Value;
        continue;
      }
      if (Type != Absolute && Type != GlobDat && Type != JumpSlot)
        continue;
      auto Symbol = R.getSymbol();
      if (Symbol == Elf.symbol_end())
        continue;
      auto Name = Symbol->getName();
      auto Address = Symbol->getAddress();
      auto Flags = Symbol->getFlags();
      if (!Name || !Address || !Flags) {
        consumeError(Name.takeError());
        consumeError(Address.takeError());
        consumeError(Flags.takeError());
        continue;
      }
      // A weak reference of no type is a hook some other object may
      // define (systemd's NSS module asks the program for
      // mempool_enabled): the library checks for it before calling.
      ELFSymbolRef Sym(*Symbol);
      if (Sym.getBinding() == ELF::STB_WEAK &&
          Sym.getELFType() == ELF::STT_NOTYPE &&
          (*Flags & SymbolRef::SF_Undefined))
        Hooks.insert(Name->str());
      auto SymbolType = Sym.getELFType();
      if (Type != Absolute) {
        Slots[R.getOffset()].Import = Name->str();
        Slots[R.getOffset()].ImportIsFunction =
            SymbolType == ELF::STT_FUNC || SymbolType == ELF::STT_GNU_IFUNC;
      }
      // The GOT entry of another library's data object.
      uint64_t Index = Symbol->getRawDataRefImpl().d.b;
      if (Type == GlobDat && (*Flags & SymbolRef::SF_Undefined) &&
          SymbolType == ELF::STT_OBJECT && Index < VersionOfSymbol.size())
        if (auto Owner = FileOfVersion.find(VersionOfSymbol[Index]);
            Owner != FileOfVersion.end())
          Slots[R.getOffset()].ObjectOwner = Owner->second;
      // An absolute pointer to, or the GOT entry of, one of the library's
      // own functions: code can load it and call through it.
      bool Defined = !(*Flags & SymbolRef::SF_Undefined);
      if (Defined && Type != JumpSlot && IsCode(*Address + Value))
        CodePointers.insert(*Address + (Type == Absolute ? Value : 0));
      // A constructor named by symbol (libcap's _libcap_initialize is
      // exported, so its DT_INIT_ARRAY slot is an absolute relocation
      // against it, zero on disk): the slot holds the symbol's address.
      if (Defined && Type == Absolute)
        Relocated[R.getOffset()] = *Address + Value;
    }
  if (auto *E = dyn_cast<ELF64LEObjectFile>(&Elf))
    readPackedRelocations(*E, IsCode, CodePointers, Relocated);
}
} // namespace

Expected<LinkInfo> readLinkInfo(const std::string &Path) {
  auto Owning = ObjectFile::createObjectFile(Path);
  if (!Owning)
    return Owning.takeError();
  auto *Elf = dyn_cast<ELFObjectFileBase>(Owning->getBinary());
  if (!Elf)
    return createStringError(inconvertibleErrorCode(), "not an ELF file");
  return linkInfoOf(*Elf, Path);
}

Expected<std::unique_ptr<BinaryImage>>
BinaryImage::open(const std::string &Path) {
  auto Owning = ObjectFile::createObjectFile(Path);
  if (!Owning)
    return Owning.takeError();
  std::unique_ptr<BinaryImage> Image(new BinaryImage);
  Image->Path = Path;
  Image->Owning = std::move(*Owning);
  auto *Elf = dyn_cast<ELFObjectFileBase>(Image->Owning.getBinary());
  if (!Elf)
    return createStringError(inconvertibleErrorCode(), "not an ELF file");
  LinkInfo Info = linkInfoOf(*Elf, Path);
  Image->Arch = Info.Arch;
  Image->Soname = std::move(Info.Soname);
  Image->Needed = std::move(Info.Needed);

  for (const SectionRef &Section : Elf->sections()) {
    if (!Section.isText() || Section.getSize() == 0)
      continue;
    auto Contents = Section.getContents();
    if (!Contents) {
      consumeError(Contents.takeError());
      continue;
    }
    Image->Code[Section.getAddress()] = arrayRefFromStringRef(*Contents);
    if (auto Name = Section.getName();
        Name && (*Name == ".plt" || Name->starts_with(".plt.")))
      Image->Plt[Section.getAddress()] =
          Section.getAddress() + Section.getSize();
    else if (!Name)
      consumeError(Name.takeError());
  }

  bool Relocatable = Elf->isRelocatableObject();
  // Exported (and, when not stripped, local) functions; aliases at one
  // address become one function with several names.
  auto AddSymbols = [&](auto Symbols) {
    for (const ELFSymbolRef &Symbol : Symbols) {
      auto Type = Symbol.getType();
      auto Name = Symbol.getName();
      auto Address = Symbol.getAddress();
      if (!Type || !Name || !Address) {
        consumeError(Type.takeError());
        consumeError(Name.takeError());
        consumeError(Address.takeError());
        continue;
      }
      bool Defined =
          !(Symbol.getFlags() ? (*Symbol.getFlags() & SymbolRef::SF_Undefined)
                              : true);
      // Address 0 is a real function only in a relocatable object.
      // An IFUNC (LLVM's ST_Other) is called like a function: its address
      // is the resolver's.
      bool IsIfunc = Symbol.getELFType() == ELF::STT_GNU_IFUNC;
      // Assembly's global labels in code are functions, typed or not
      // (zstd's Huffman loops are `.global` labels with no `.type`).
      bool IsCodeLabel = false;
      if (Relocatable && Symbol.getELFType() == ELF::STT_NOTYPE &&
          Symbol.getBinding() != ELF::STB_LOCAL) {
        if (auto Section = Symbol.getSection())
          IsCodeLabel = *Section != Elf->section_end() && (*Section)->isText();
        else
          consumeError(Section.takeError());
      }
      if ((*Type != SymbolRef::ST_Function && !IsIfunc && !IsCodeLabel) ||
          !Defined || Name->empty() || (*Address == 0 && !Relocatable))
        continue;
      if (IsIfunc)
        Image->Resolvers.insert(*Address);
      ExportedFunction &F = Image->Functions[*Address];
      F.Address = *Address;
      F.Size = std::max<uint64_t>(F.Size, Symbol.getSize());
      std::string N = Name->str();
      // Versioned names ("memcpy@@GLIBC_2.14") are the same function.
      if (std::find(F.Names.begin(), F.Names.end(), N) == F.Names.end())
        F.Names.push_back(N);
      Image->ExportsByName.emplace(N.substr(0, N.find('@')), *Address);
    }
  };
  AddSymbols(Elf->getDynamicSymbolIterators());
  AddSymbols(Elf->symbols());

  // In a relocatable object, calls are relocations still to be applied.
  if (Relocatable)
    for (const SectionRef &Section : Elf->sections()) {
      auto Target = Section.getRelocatedSection();
      if (!Target) {
        consumeError(Target.takeError());
        continue;
      }
      if (*Target == Elf->section_end() || !(*Target)->isText())
        continue;
      for (const RelocationRef &R : Section.relocations()) {
        auto Symbol = R.getSymbol();
        if (Symbol == Elf->symbol_end())
          continue;
        if (auto Name = Symbol->getName())
          Image->Relocations[(*Target)->getAddress() + R.getOffset()] =
              Name->str();
        else
          consumeError(Name.takeError());
      }
    }

  // Function extents from the unwind tables; a library without them (or
  // with a table LLVM cannot read) is bounded by its symbols alone.
  if (!Relocatable) {
    auto Context = DWARFContext::create(*Elf);
    if (auto Frames = Context->getEHFrame()) {
      for (const dwarf::FrameEntry &Entry : **Frames)
        if (auto *Fde = dyn_cast<dwarf::FDE>(&Entry);
            Fde && Fde->getAddressRange())
          Image->FrameExtents[Fde->getInitialLocation()] =
              Fde->getAddressRange();
    } else {
      consumeError(Frames.takeError());
    }
  }

  // A program linked at fixed addresses has no relocations for pointers to
  // its own functions: its data holds them as plain words. A word that is
  // where a function starts is taken for one (a case label or a number
  // that happens to fall inside a function is not a start).
  if (auto *E = dyn_cast<ELF64LEObjectFile>(Elf);
      E && E->getELFFile().getHeader().e_type == ELF::ET_EXEC) {
    Image->PositionDependent = true;
    for (const SectionRef &Section : Elf->sections()) {
      const auto &Header = E->getSection(Section.getRawDataRefImpl());
      if (!(Header->sh_flags & ELF::SHF_ALLOC) ||
          (Header->sh_flags & ELF::SHF_EXECINSTR) ||
          Header->sh_type == ELF::SHT_NOBITS)
        continue;
      auto Contents = Section.getContents();
      if (!Contents) {
        consumeError(Contents.takeError());
        continue;
      }
      uint64_t Base = Section.getAddress();
      for (uint64_t Offset = (8 - Base % 8) % 8; Offset + 8 <= Contents->size();
           Offset += 8) {
        uint64_t Word;
        std::memcpy(&Word, Contents->data() + Offset, 8);
        if (Image->isFunctionStart(Word) && !Image->codeAt(Word).empty())
          Image->CodePointersInData.insert(Word);
      }
    }
  }

  if (!Relocatable) {
    std::map<uint64_t, uint64_t> Relocated;
    readDynamicRelocations(
        *Elf, [&](uint64_t Address) { return !Image->codeAt(Address).empty(); },
        Image->CodePointersInData, Image->Slots, Image->Hooks, Relocated);
    if (auto *E = dyn_cast<ELF64LEObjectFile>(Elf)) {
      Image->Constructors = functionsCalledFrom(*E, Info.Init, Info.InitArray,
                                                Info.InitArraySize, Relocated);
      Image->Destructors = functionsCalledFrom(*E, Info.Fini, Info.FiniArray,
                                               Info.FiniArraySize, Relocated);
    }
  }
  if (!Relocatable)
    if (auto Start = Elf->getStartAddress();
        Start && *Start && !Image->codeAt(*Start).empty())
      Image->Entry = *Start;
    else if (!Start)
      consumeError(Start.takeError());
  for (const auto &[Slot, Filled] : Image->Slots)
    if (Filled.Resolver)
      Image->Resolvers.insert(*Filled.Resolver);

  // LLVM finds PLT stubs with the target's instruction analysis.
  initialiseTargets();
  for (const ELFPltEntry &Entry : Elf->getPltEntries()) {
    if (!Entry.Symbol)
      continue;
    auto Name = SymbolRef(*Entry.Symbol, Elf).getName();
    if (!Name) {
      consumeError(Name.takeError());
      continue;
    }
    Image->Imports[Entry.Address] = Name->str();
  }
  return Image;
}

std::optional<uint64_t>
BinaryImage::exportedAddress(const std::string &Name) const {
  auto It = ExportsByName.find(Name);
  if (It == ExportsByName.end())
    return std::nullopt;
  return It->second;
}

std::optional<std::string> BinaryImage::relocatedTarget(uint64_t Address,
                                                        uint64_t Size) const {
  auto It = Relocations.lower_bound(Address);
  if (It == Relocations.end() || It->first >= Address + Size)
    return std::nullopt;
  return It->second;
}

std::optional<std::string> BinaryImage::importAt(uint64_t Address) const {
  auto It = Imports.find(Address);
  if (It == Imports.end())
    return std::nullopt;
  return It->second;
}

bool BinaryImage::inPlt(uint64_t Address) const {
  auto It = Plt.upper_bound(Address);
  return It != Plt.begin() && Address < std::prev(It)->second;
}

std::optional<BinaryImage::SlotTarget>
BinaryImage::slotAt(uint64_t Slot) const {
  auto It = Slots.find(Slot);
  if (It == Slots.end())
    return std::nullopt;
  return It->second;
}

ArrayRef<uint8_t> BinaryImage::codeAt(uint64_t Address) const {
  auto It = Code.upper_bound(Address);
  if (It == Code.begin())
    return {};
  --It;
  uint64_t Offset = Address - It->first;
  if (Offset >= It->second.size())
    return {};
  return It->second.drop_front(Offset);
}

} // namespace sysprune::policy::binary
