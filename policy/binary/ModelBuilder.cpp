#include "policy/binary/ModelBuilder.h"

#include "policy/binary/BinaryImage.h"
#include "policy/binary/Closure.h"
#include "policy/binary/CodeScanner.h"
#include "policy/binary/LibraryIdentity.h"
#include "policy/binary/ModelUnion.h"
#include "policy/binary/PathGroups.h"
#include "policy/binary/RegionMap.h"
#include "policy/core/SyscallTable.h"

#include <llvm/ADT/STLExtras.h>
#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/BLAKE3.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Program.h>
#include <llvm/Support/SHA256.h>
#include <llvm/Support/raw_ostream.h>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace sysprune::policy::binary {

namespace {
const char *const PointerGroupName = "@indirect";

std::string ociArchitecture(llvm::Triple::ArchType Arch) {
  return Arch == llvm::Triple::aarch64 ? "SCMP_ARCH_AARCH64"
                                       : "SCMP_ARCH_X86_64";
}

/// Each group's functions that \p Image exports, by address: the ones
/// that make it up (From) and the ones that only enter it (EnteredAt).
std::map<uint64_t, std::string> boundariesOf(const BinaryImage &Image,
                                             const PathGroups &Groups) {
  std::map<uint64_t, std::string> Boundaries;
  for (const PathGroup &G : Groups.Groups)
    for (const auto *Names : {&G.From, &G.EnteredAt})
      for (const std::string &Name : *Names)
        if (auto Address = Image.exportedAddress(Name))
          Boundaries.emplace(*Address, G.Name);
  return Boundaries;
}

/// \p Names as written in the symbol table ("read@@GLIBC_2.2.5" is "read").
std::set<std::string> plainNames(const ExportedFunction &F) {
  std::set<std::string> Plain;
  for (const std::string &Name : F.Names)
    Plain.insert(Name.substr(0, Name.find('@')));
  return Plain;
}

/// The functions code may reach through a pointer: those whose addresses
/// are in the library's data, and those its code computes, except where
/// an IFUNC resolver computes them (it picks the one a call runs).
std::set<uint64_t>
pointedTo(const BinaryImage &Image,
          const std::map<uint64_t, const CodeFacts *> &Regions) {
  std::set<uint64_t> Pointed = Image.codePointersInData();
  for (const auto &[Start, Facts] : Regions)
    if (!Image.resolvers().count(Start))
      Pointed.insert(Facts->AddressTaken.begin(), Facts->AddressTaken.end());
  // Only region starts: an address inside a function (a label of GCC's
  // computed goto) is a jump within it.
  std::set<uint64_t> Starts;
  for (uint64_t Address : Pointed)
    if (Regions.count(Address))
      Starts.insert(Address);
  return Starts;
}

} // namespace

std::string sha256Hex(llvm::StringRef Bytes) {
  llvm::SHA256 Hasher;
  Hasher.update(llvm::arrayRefFromStringRef(Bytes));
  return llvm::toHex(Hasher.final(), /*LowerCase=*/true);
}

std::string pointerGroupOf(const std::string &Soname) {
  return std::string(PointerGroupName) + "@" + Soname;
}

namespace {
/// What a model says of the file it was derived from.
void describeFile(BinaryModel &Model, const BinaryImage &Image,
                  const std::string &Path, bool AsProgram) {
  Model.Path = Path;
  // A checked-in model says which file it was derived from.
  Model.Sha256 = sha256Hex(Image.contents());
  Model.Soname = Image.soname();
  Model.Arch = ociArchitecture(Image.arch());
  Model.Needed = Image.needed();
  // The C library and its loader say which release and build they are.
  if (!AsProgram) {
    if (auto Identity = identifyLibrary(Path); !Identity)
      llvm::consumeError(Identity.takeError());
    else if (!Identity->Release.empty())
      Model.Identity = std::move(*Identity);
  }
}

/// Adds to \p Model each of \p Groups whose functions \p Image has.
/// \returns the functions that only enter one of them.
std::set<std::string> addGroups(BinaryModel &Model, const BinaryImage &Image,
                                const PathGroups &Groups, Closure &Close) {
  std::set<std::string> EnteredOnly;
  for (const PathGroup &G : Groups.Groups) {
    GroupModel Group;
    Group.From = G.From;
    Group.EnteredAt = G.EnteredAt;
    Group.NeededFor = G.NeededFor;
    bool Found = false;
    for (const std::string &Name : G.From)
      if (auto Address = Image.exportedAddress(Name)) {
        mergeFunctionModel(Group.Model, Close.of(*Address));
        Found = true;
      }
    // A library without the group's functions (another glibc build, say)
    // has no such group.
    if (!Found)
      continue;
    Group.Model.Groups.erase(G.Name);
    Model.Groups[G.Name] = std::move(Group);
    EnteredOnly.insert(G.EnteredAt.begin(), G.EnteredAt.end());
  }
  return EnteredOnly;
}

/// A program's ProgramStartName: what it does from its entry point on, and
/// what the functions its data points to do.
void addProgramStart(BinaryModel &Model, const BinaryImage &Image,
                     const std::map<uint64_t, const CodeFacts *> &Regions,
                     Closure &Close) {
  FunctionModel &Start = Model.Functions[ProgramStartName];
  mergeFunctionModel(Start, Close.of(*Image.entryPoint()));
  for (uint64_t Target : Image.codePointersInData())
    if (Regions.count(Target))
      mergeFunctionModel(Start, Close.of(Target));
}

/// A library's group of calls through pointers: what the functions
/// \p Pointed to do.
void addPointerGroup(BinaryModel &Model, const std::set<uint64_t> &Pointed,
                     Closure &Close) {
  GroupModel &Group = Model.Groups[PointerGroupName];
  for (uint64_t Target : Pointed)
    mergeFunctionModel(Group.Model, Close.of(Target));
  Group.Model.Groups.erase(PointerGroupName);
  Group.PointedTo = Pointed.size();
}

/// What the loader runs: the constructors when it loads the library, the
/// destructors when the program exits.
void addLoaderFunctions(BinaryModel &Model, const BinaryImage &Image,
                        const std::map<uint64_t, const CodeFacts *> &Regions,
                        Closure &Close) {
  for (const auto &[Name, Functions] :
       {std::pair{ConstructorsName, &Image.constructors()},
        std::pair{DestructorsName, &Image.destructors()}})
    for (uint64_t Address : *Functions)
      if (Regions.count(Address))
        mergeFunctionModel(Model.Functions[Name], Close.of(Address));
}

/// Each function \p Image exports, under each of its names; \p EnteredOnly
/// are the functions that only enter a group (\p Boundaries).
void addExportedFunctions(BinaryModel &Model, const BinaryImage &Image,
                          const std::map<uint64_t, std::string> &Boundaries,
                          const std::set<std::string> &EnteredOnly,
                          Closure &Close) {
  for (const auto &[Address, F] : Image.functions()) {
    std::set<std::string> Names = plainNames(F);
    FunctionModel M = Close.of(Address);
    // What an entry point to a group does besides entering it is left out.
    if (auto B = Boundaries.find(Address);
        B != Boundaries.end() && Model.Groups.count(B->second) &&
        llvm::any_of(Names, [&](const std::string &N) {
          return EnteredOnly.count(N) != 0;
        })) {
      M = FunctionModel();
      M.Groups.insert(B->second);
    }
    for (const std::string &Name : Names)
      mergeFunctionModel(Model.Functions[Name], M);
  }
}

llvm::Expected<BinaryModel>
buildModel(const std::string &Path, const PathGroups *Groups, bool AsProgram) {
  auto Image = BinaryImage::open(Path);
  if (!Image)
    return Image.takeError();
  auto Scanner = CodeScanner::create((*Image)->arch());
  if (!Scanner)
    return Scanner.takeError();
  if (!Groups)
    Groups = builtinPathGroupsFor((*Image)->soname());
  std::map<uint64_t, std::string> Boundaries;
  if (Groups)
    Boundaries = boundariesOf(**Image, *Groups);
  RegionMap Map(**Image, **Scanner, Boundaries, AsProgram);
  Map.discover();
  Map.resolveNumberArguments();
  auto Regions = Map.regions();
  if (AsProgram && !(*Image)->entryPoint())
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "not a program: the file has no entry point in its code");
  // A program's code calls what it takes the address of (see Closure); what
  // its data points to is called from anywhere, so from the start.
  std::set<uint64_t> Pointed = pointedTo(**Image, Regions);
  Closure Close(Regions, Map, Boundaries, (*Image)->resolvers(),
                Pointed.empty() || AsProgram ? "" : PointerGroupName,
                AsProgram);

  BinaryModel Model;
  describeFile(Model, **Image, Path, AsProgram);
  Model.CodeRegions = Regions.size();
  Model.UndecodedBytes = Map.undecodedBytes();
  std::set<std::string> EnteredOnly;
  if (Groups)
    EnteredOnly = addGroups(Model, **Image, *Groups, Close);
  if (AsProgram)
    addProgramStart(Model, **Image, Regions, Close);
  else if (!Pointed.empty())
    addPointerGroup(Model, Pointed, Close);
  addLoaderFunctions(Model, **Image, Regions, Close);
  addExportedFunctions(Model, **Image, Boundaries, EnteredOnly, Close);
  return Model;
}
} // namespace

llvm::Expected<BinaryModel> buildBinaryModel(const std::string &Path,
                                             const PathGroups *Groups) {
  return buildModel(Path, Groups, /*AsProgram=*/false);
}

llvm::Expected<BinaryModel> buildProgramModel(const std::string &Path) {
  return buildModel(Path, nullptr, /*AsProgram=*/true);
}

std::string writeBinaryModel(const BinaryModel &Model) {
  using nlohmann::ordered_json;
  auto Table = SyscallTable::forArchitecture(Model.Arch);
  ordered_json Out;
  Out["library"] = Model.Soname;
  if (!Model.Sha256.empty())
    Out["sha256"] = Model.Sha256;
  if (!Model.UnionOf.empty())
    Out["union_of"] = Model.UnionOf;
  if (Model.Identity) {
    ordered_json Identity;
    Identity["release"] = Model.Identity->Release;
    Identity["build"] = Model.Identity->Build;
    if (!Model.Identity->BuildId.empty())
      Identity["build_id"] = Model.Identity->BuildId;
    Out["identity"] = std::move(Identity);
  }
  Out["architecture"] = Model.Arch;
  Out["needed"] = Model.Needed;
  Out["code_regions"] = Model.CodeRegions;
  Out["undecoded_bytes"] = Model.UndecodedBytes;
  auto Describe = [&](const FunctionModel &F) {
    ordered_json Entry;
    std::vector<std::string> Names;
    for (long Nr : F.Syscalls) {
      auto Syscall = Table ? Table->name(static_cast<int>(Nr)) : std::nullopt;
      Names.push_back(Syscall ? *Syscall : "#" + std::to_string(Nr));
    }
    std::sort(Names.begin(), Names.end());
    Entry["syscalls"] = Names;
    Entry["calls"] = F.Imports;
    if (!F.Groups.empty())
      Entry["groups"] = F.Groups;
    if (F.UnknownSyscalls)
      Entry["unknown_syscalls"] = true;
    if (F.IndirectCalls)
      Entry["indirect_calls"] = true;
    return Entry;
  };
  if (!Model.Groups.empty()) {
    ordered_json Groups = ordered_json::object();
    for (const auto &[Name, G] : Model.Groups) {
      ordered_json Entry;
      Entry["from"] = G.From;
      if (G.PointedTo)
        Entry["pointed_to"] = G.PointedTo;
      if (!G.EnteredAt.empty())
        Entry["entered_at"] = G.EnteredAt;
      if (!G.NeededFor.empty())
        Entry["needed_for"] = G.NeededFor;
      Entry.update(Describe(G.Model));
      Groups[Name] = std::move(Entry);
    }
    Out["groups"] = std::move(Groups);
  }
  ordered_json Functions = ordered_json::object();
  for (const auto &[Name, F] : Model.Functions)
    Functions[Name] = Describe(F);
  Out["functions"] = std::move(Functions);
  return Out.dump(1) + "\n";
}

namespace {
/// One function's (or group's) entry, as writeBinaryModel describes it.
llvm::Error readFunctionModel(const nlohmann::json &Entry,
                              const SyscallTable *Table, FunctionModel &Out) {
  for (const std::string &Name :
       Entry.at("syscalls").get<std::vector<std::string>>()) {
    if (Name.size() > 1 && Name[0] == '#') {
      Out.Syscalls.insert(std::stol(Name.substr(1)));
      continue;
    }
    auto Number = Table ? Table->number(Name) : std::nullopt;
    if (!Number)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "unknown syscall '" + Name + "'");
    Out.Syscalls.insert(*Number);
  }
  for (const std::string &Import :
       Entry.at("calls").get<std::vector<std::string>>())
    Out.Imports.insert(Import);
  for (const std::string &Group :
       Entry.value("groups", std::vector<std::string>{}))
    Out.Groups.insert(Group);
  Out.UnknownSyscalls = Entry.value("unknown_syscalls", false);
  Out.IndirectCalls = Entry.value("indirect_calls", false);
  return llvm::Error::success();
}
} // namespace

llvm::Expected<BinaryModel> readBinaryModel(const std::string &Text) {
  try {
    nlohmann::json In = nlohmann::json::parse(Text);
    BinaryModel Model;
    Model.Soname = In.at("library").get<std::string>();
    Model.Sha256 = In.value("sha256", std::string());
    Model.UnionOf = In.value("union_of", std::vector<std::string>{});
    if (In.contains("identity")) {
      const nlohmann::json &Identity = In.at("identity");
      Model.Identity = CLibraryIdentity{
          Model.Soname, Identity.at("release").get<std::string>(),
          Identity.value("build_id", std::string()),
          Identity.value("build", std::string())};
    }
    Model.Arch = In.at("architecture").get<std::string>();
    Model.Needed = In.at("needed").get<std::vector<std::string>>();
    Model.CodeRegions = In.at("code_regions").get<size_t>();
    Model.UndecodedBytes = In.at("undecoded_bytes").get<size_t>();
    auto Table = SyscallTable::forArchitecture(Model.Arch);
    const SyscallTable *T = Table ? &*Table : nullptr;
    // Held here: a range-for over the items of value()'s temporary would
    // outlive it.
    const nlohmann::json Groups = In.value("groups", nlohmann::json::object());
    for (const auto &[Name, Entry] : Groups.items()) {
      GroupModel &G = Model.Groups[Name];
      G.From = Entry.at("from").get<std::vector<std::string>>();
      G.EnteredAt = Entry.value("entered_at", std::vector<std::string>{});
      G.NeededFor = Entry.value("needed_for", std::vector<std::string>{});
      G.PointedTo = Entry.value("pointed_to", size_t{0});
      if (auto E = readFunctionModel(Entry, T, G.Model))
        return std::move(E);
    }
    for (const auto &[Name, Entry] : In.at("functions").items())
      if (auto E = readFunctionModel(Entry, T, Model.Functions[Name]))
        return std::move(E);
    return Model;
  } catch (const nlohmann::json::exception &E) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "not a library model: " +
                                       std::string(E.what()));
  }
}

std::string runningExecutableIdentity() {
  std::string Exe = llvm::sys::fs::getMainExecutable(
      nullptr, reinterpret_cast<void *>(&runningExecutableIdentity));
  llvm::sys::fs::file_status Status;
  if (Exe.empty() || llvm::sys::fs::status(Exe, Status))
    return "unknown";
  return Exe + " " + std::to_string(Status.getSize()) + " " +
         std::to_string(
             Status.getLastModificationTime().time_since_epoch().count());
}

llvm::Expected<BinaryModel>
buildBinaryModelCached(const std::string &Path,
                       const std::string &CacheDirectory,
                       const std::string &ToolIdentity) {
  auto Contents = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
  if (!Contents || CacheDirectory.empty())
    return buildBinaryModel(Path);
  llvm::BLAKE3 Hasher;
  Hasher.update(ToolIdentity);
  Hasher.update(llvm::arrayRefFromStringRef((*Contents)->getBuffer()));
  std::string Entry = CacheDirectory + "/" +
                      llvm::toHex(Hasher.final<16>(), /*LowerCase=*/true) +
                      ".model.json";
  if (auto Cached = llvm::MemoryBuffer::getFile(Entry)) {
    if (auto Model = readBinaryModel((*Cached)->getBuffer().str())) {
      Model->Path = Path;
      return Model;
    } else {
      llvm::consumeError(Model.takeError()); // a broken entry is a miss
    }
  }
  auto Model = buildBinaryModel(Path);
  if (!Model)
    return Model;
  if (!llvm::sys::fs::create_directories(CacheDirectory)) {
    std::string Text = writeBinaryModel(*Model);
    // Renamed into place, so a concurrent reader never sees half of it.
    llvm::consumeError(
        llvm::writeToOutput(Entry, [&](llvm::raw_ostream &OS) -> llvm::Error {
          OS << Text;
          return llvm::Error::success();
        }));
  }
  return Model;
}

} // namespace sysprune::policy::binary
