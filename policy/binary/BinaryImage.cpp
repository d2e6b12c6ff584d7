#include "policy/binary/BinaryImage.h"

#include "policy/binary/CodeScanner.h"
#include "policy/binary/DynamicRelocations.h"

#include <llvm/DebugInfo/DWARF/DWARFContext.h>
#include <llvm/DebugInfo/DWARF/DWARFDebugFrame.h>
#include <llvm/Object/ELFObjectFile.h>
#include <llvm/Support/Path.h>

#include <cstring>

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

  Image->readCode(*Elf);
  bool Relocatable = Elf->isRelocatableObject();
  // Exported (and, when not stripped, local) functions; aliases at one
  // address become one function with several names.
  for (const ELFSymbolRef &Symbol : Elf->getDynamicSymbolIterators())
    Image->addFunction(*Elf, Symbol);
  for (const ELFSymbolRef &Symbol : Elf->symbols())
    Image->addFunction(*Elf, Symbol);
  if (Relocatable)
    Image->readCallRelocations(*Elf);
  if (!Relocatable)
    Image->readFrameExtents(*Elf);
  Image->readPointersInFixedData(*Elf);
  if (!Relocatable)
    Image->readLoaderData(*Elf, Info);
  if (!Relocatable) {
    if (auto Start = Elf->getStartAddress();
        Start && *Start && !Image->codeAt(*Start).empty())
      Image->Entry = *Start;
    else if (!Start)
      consumeError(Start.takeError());
  }
  for (const auto &[Slot, Filled] : Image->Slots)
    if (Filled.Resolver)
      Image->Resolvers.insert(*Filled.Resolver);
  Image->readPltImports(*Elf);
  return Image;
}

void BinaryImage::readCode(const ELFObjectFileBase &Elf) {
  for (const SectionRef &Section : Elf.sections()) {
    if (!Section.isText() || Section.getSize() == 0)
      continue;
    auto Contents = Section.getContents();
    if (!Contents) {
      consumeError(Contents.takeError());
      continue;
    }
    Code[Section.getAddress()] = arrayRefFromStringRef(*Contents);
    if (auto Name = Section.getName();
        Name && (*Name == ".plt" || Name->starts_with(".plt.")))
      Plt[Section.getAddress()] = Section.getAddress() + Section.getSize();
    else if (!Name)
      consumeError(Name.takeError());
  }
}

void BinaryImage::addFunction(const ELFObjectFileBase &Elf,
                              const ELFSymbolRef &Symbol) {
  bool Relocatable = Elf.isRelocatableObject();
  auto Type = Symbol.getType();
  auto Name = Symbol.getName();
  auto Address = Symbol.getAddress();
  if (!Type || !Name || !Address) {
    consumeError(Type.takeError());
    consumeError(Name.takeError());
    consumeError(Address.takeError());
    return;
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
      IsCodeLabel = *Section != Elf.section_end() && (*Section)->isText();
    else
      consumeError(Section.takeError());
  }
  if ((*Type != SymbolRef::ST_Function && !IsIfunc && !IsCodeLabel) ||
      !Defined || Name->empty() || (*Address == 0 && !Relocatable))
    return;
  if (IsIfunc)
    Resolvers.insert(*Address);
  ExportedFunction &F = Functions[*Address];
  F.Address = *Address;
  F.Size = std::max<uint64_t>(F.Size, Symbol.getSize());
  std::string N = Name->str();
  // Versioned names ("memcpy@@GLIBC_2.14") are the same function.
  if (std::find(F.Names.begin(), F.Names.end(), N) == F.Names.end())
    F.Names.push_back(N);
  ExportsByName.emplace(N.substr(0, N.find('@')), *Address);
}

void BinaryImage::readCallRelocations(const ELFObjectFileBase &Elf) {
  // In a relocatable object, calls are relocations still to be applied.
  for (const SectionRef &Section : Elf.sections()) {
    auto Target = Section.getRelocatedSection();
    if (!Target) {
      consumeError(Target.takeError());
      continue;
    }
    if (*Target == Elf.section_end() || !(*Target)->isText())
      continue;
    for (const RelocationRef &R : Section.relocations()) {
      auto Symbol = R.getSymbol();
      if (Symbol == Elf.symbol_end())
        continue;
      if (auto Name = Symbol->getName())
        Relocations[(*Target)->getAddress() + R.getOffset()] = Name->str();
      else
        consumeError(Name.takeError());
    }
  }
}

void BinaryImage::readFrameExtents(const ELFObjectFileBase &Elf) {
  // Function extents from the unwind tables; a library without them (or
  // with a table LLVM cannot read) is bounded by its symbols alone.
  auto Context = DWARFContext::create(Elf);
  if (auto Frames = Context->getEHFrame()) {
    for (const dwarf::FrameEntry &Entry : **Frames)
      if (auto *Fde = dyn_cast<dwarf::FDE>(&Entry);
          Fde && Fde->getAddressRange())
        FrameExtents[Fde->getInitialLocation()] = Fde->getAddressRange();
  } else {
    consumeError(Frames.takeError());
  }
}

void BinaryImage::readPointersInFixedData(const ELFObjectFileBase &Elf) {
  // A program linked at fixed addresses has no relocations for pointers to
  // its own functions: its data holds them as plain words. A word that is
  // where a function starts is taken for one (a case label or a number
  // that happens to fall inside a function is not a start).
  auto *E = dyn_cast<ELF64LEObjectFile>(&Elf);
  if (!E || E->getELFFile().getHeader().e_type != ELF::ET_EXEC)
    return;
  PositionDependent = true;
  for (const SectionRef &Section : Elf.sections()) {
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
      if (isFunctionStart(Word) && !codeAt(Word).empty())
        CodePointersInData.insert(Word);
    }
  }
}

void BinaryImage::readLoaderData(const ELFObjectFileBase &Elf,
                                 const LinkInfo &Info) {
  DynamicRelocations Relocations = readDynamicRelocations(
      Elf, [&](uint64_t Address) { return !codeAt(Address).empty(); });
  CodePointersInData.insert(Relocations.CodePointers.begin(),
                            Relocations.CodePointers.end());
  Slots = std::move(Relocations.Slots);
  Hooks = std::move(Relocations.Hooks);
  if (auto *E = dyn_cast<ELF64LEObjectFile>(&Elf)) {
    Constructors =
        functionsCalledFrom(*E, Info.Init, Info.InitArray, Info.InitArraySize,
                            Relocations.Relocated);
    Destructors =
        functionsCalledFrom(*E, Info.Fini, Info.FiniArray, Info.FiniArraySize,
                            Relocations.Relocated);
  }
}

void BinaryImage::readPltImports(const ELFObjectFileBase &Elf) {
  // LLVM finds PLT stubs with the target's instruction analysis.
  initialiseTargets();
  for (const ELFPltEntry &Entry : Elf.getPltEntries()) {
    if (!Entry.Symbol)
      continue;
    auto Name = SymbolRef(*Entry.Symbol, &Elf).getName();
    if (!Name) {
      consumeError(Name.takeError());
      continue;
    }
    Imports[Entry.Address] = Name->str();
  }
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
