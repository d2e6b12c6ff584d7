#include "policy/binary/BinaryImage.h"

#include "policy/binary/CodeScanner.h"

#include <llvm/DebugInfo/DWARF/DWARFContext.h>
#include <llvm/DebugInfo/DWARF/DWARFDebugFrame.h>
#include <llvm/Object/ELFObjectFile.h>
#include <llvm/Support/Path.h>

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
      if (*Type != SymbolRef::ST_Function || !Defined || Name->empty() ||
          (*Address == 0 && !Relocatable))
        continue;
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
