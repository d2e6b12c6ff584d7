#include "policy/binary/ModelBuilder.h"

#include "policy/binary/BinaryImage.h"
#include "policy/binary/CodeScanner.h"
#include "policy/binary/LibraryIdentity.h"
#include "policy/binary/ModelUnion.h"
#include "policy/binary/PathGroups.h"
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
#include <functional>
#include <tuple>

namespace sysprune::policy::binary {

namespace {
/// Splits the code into regions that start at every exported function and
/// every address some code calls or jumps to, and scans each, until no new
/// start appears.
class RegionMap {
public:
  RegionMap(const BinaryImage &Image, const CodeScanner &Scanner,
            const std::map<uint64_t, std::string> &PointerSources,
            bool AsProgram)
      : Image(Image), Scanner(Scanner), PointerSources(PointerSources) {
    if (auto Entry = Image.entryPoint(); Entry && AsProgram)
      Starts.emplace(*Entry, 0);
    for (const auto &[Address, F] : Image.functions()) {
      Starts[Address] = F.Size;
      for (const std::string &Name : F.Names)
        if (Name == "syscall" || Name.rfind("syscall@", 0) == 0)
          SyscallFunctions.insert(Address);
    }
    // Functions reached only through pointers (vtables, callback tables)
    // and the IFUNC resolvers are code too.
    for (uint64_t Address : Image.codePointersInData())
      Starts.emplace(Address, 0);
    for (uint64_t Address : Image.resolvers())
      Starts.emplace(Address, 0);
    for (const auto *Functions : {&Image.constructors(), &Image.destructors()})
      for (uint64_t Address : *Functions)
        if (!Image.codeAt(Address).empty())
          Starts.emplace(Address, 0);
    // Without them, a region would run on from a function no symbol names
    // into the next, and take on what that one does.
    for (const auto &[Address, Length] : Image.frameExtents())
      if (uint64_t &Size = Starts[Address]; Size == 0)
        Size = Length;
  }

  void discover() {
    bool Changed = true;
    while (Changed) {
      Changed = false;
      for (auto It = Starts.begin(); It != Starts.end(); ++It) {
        uint64_t End = endOf(It);
        auto Key = std::make_pair(It->first, End);
        if (!Scanned.count(Key))
          Scanned[Key] = Scanner.scan(Image, It->first, End, SyscallFunctions,
                                      PointerSources);
        const CodeFacts &Facts = Scanned[Key];
        // Hand-written assembly can close its unwind entry before its last
        // instructions (glibc's clone3 ends it before the syscall, so that
        // nothing unwinds into the child). Code that runs on past a known
        // extent runs on to the next start: its extent was not its end.
        if (It->second && Facts.FallsThrough && !Facts.EndsWithCall &&
            endOf(It) < unboundedEndOf(It)) {
          It->second = 0;
          Changed = true;
          continue;
        }
        for (const auto *Targets : {&Facts.Calls, &Facts.AddressTaken})
          for (uint64_t Target : *Targets)
            if (!Starts.count(Target) && !Image.codeAt(Target).empty()) {
              Starts[Target] = 0;
              Changed = true;
            }
      }
    }
  }

  /// After discover(): syscall numbers passed down as arguments (glibc
  /// 2.41's cancellable syscalls, `push $230; call __syscall_cancel`). A
  /// region whose syscall takes its number from an argument gets it from
  /// each direct call; a caller that passes one of its own arguments on
  /// asks its callers in turn. One entered another way (exported, its
  /// address taken, fallen into) may be given any number.
  void resolveNumberArguments() {
    std::map<uint64_t, CodeFacts *> ByStart;
    for (auto It = Starts.begin(); It != Starts.end(); ++It)
      ByStart[It->first] = &Scanned.at({It->first, endOf(It)});
    std::set<std::tuple<uint64_t, size_t, int64_t>> Done;
    for (bool Changed = true; Changed;) {
      Changed = false;
      for (auto &[Start, Facts] : ByStart)
        for (size_t I = 0; I < Facts->ArgumentsAtCalls.size(); ++I) {
          const CodeFacts::CallArguments &Call = Facts->ArgumentsAtCalls[I];
          auto Callee = ByStart.find(Call.Target);
          if (Callee == ByStart.end() ||
              Callee->second->NumberFromArguments.empty())
            continue;
          for (int64_t Slot :
               std::set<int64_t>(Callee->second->NumberFromArguments)) {
            if (!Done.emplace(Start, I, Slot).second)
              continue;
            ValueSource Passed =
                static_cast<size_t>(Slot) < Call.Arguments.size()
                    ? Call.Arguments[Slot]
                    : ValueSource{};
            if (Passed.What == ValueSource::Kind::Constant)
              Facts->Syscalls.insert(Passed.Value);
            else if (Passed.What == ValueSource::Kind::Argument)
              Changed |= Facts->NumberFromArguments.insert(Passed.Value).second;
            else
              ++Facts->UnknownSyscalls;
          }
        }
    }
    std::set<uint64_t> EnteredOtherwise;
    for (const auto &[Address, F] : Image.functions())
      EnteredOtherwise.insert(Address);
    for (uint64_t Address : Image.codePointersInData())
      EnteredOtherwise.insert(Address);
    for (const auto &[Start, Facts] : ByStart) {
      EnteredOtherwise.insert(Facts->AddressTaken.begin(),
                              Facts->AddressTaken.end());
      if (Facts->FallsThrough)
        if (auto Next = next(Start))
          EnteredOtherwise.insert(*Next);
    }
    for (auto &[Start, Facts] : ByStart)
      if (!Facts->NumberFromArguments.empty() && EnteredOtherwise.count(Start))
        ++Facts->UnknownSyscalls;
  }

  /// Region start -> its facts, after discover().
  std::map<uint64_t, const CodeFacts *> regions() const {
    std::map<uint64_t, const CodeFacts *> Out;
    for (auto It = Starts.begin(); It != Starts.end(); ++It)
      Out[It->first] = &Scanned.at({It->first, endOf(It)});
    return Out;
  }

  /// The region that falls through into the next: its successor start.
  std::optional<uint64_t> next(uint64_t Start) const {
    auto It = Starts.upper_bound(Start);
    if (It == Starts.end())
      return std::nullopt;
    return It->first;
  }

  /// Whether a symbol or the unwind tables say where the region's function
  /// ends.
  bool hasKnownExtent(uint64_t Start) const {
    auto It = Starts.find(Start);
    return It != Starts.end() && It->second != 0;
  }

  size_t undecodedBytes() const {
    size_t N = 0;
    for (auto It = Starts.begin(); It != Starts.end(); ++It)
      N += Scanned.at({It->first, endOf(It)}).UndecodedBytes;
    return N;
  }

private:
  uint64_t endOf(std::map<uint64_t, uint64_t>::const_iterator It) const {
    uint64_t End = unboundedEndOf(It);
    if (It->second)
      End = std::min(End, It->first + It->second);
    return End;
  }

  /// Where the region would end without its symbol's or unwind entry's
  /// size: at the next start, or the end of the code.
  uint64_t
  unboundedEndOf(std::map<uint64_t, uint64_t>::const_iterator It) const {
    uint64_t End = It->first + Image.codeAt(It->first).size();
    if (auto Next = std::next(It); Next != Starts.end())
      End = std::min(End, Next->first);
    return End;
  }

  const BinaryImage &Image;
  const CodeScanner &Scanner;
  const std::map<uint64_t, std::string> &PointerSources;
  std::map<uint64_t, uint64_t> Starts; // start -> symbol size, 0 if unknown
  std::set<uint64_t> SyscallFunctions;
  std::map<std::pair<uint64_t, uint64_t>, CodeFacts> Scanned;
};

/// Closes facts over the region graph (Tarjan's strongly connected
/// components: every region in a cycle can do what the others do).
///
/// A call to the start of a group's function (\p Boundaries: start ->
/// group) is not followed: the caller enters the group instead. Code that
/// calls through a pointer enters \p PointerGroup (when not empty), the
/// group of every function whose address the library takes; an IFUNC
/// resolver (\p Resolvers) leads to the implementations it picks from.
/// With \p AddressesAreCalls, code that takes a function's address reaches
/// it (a program's: the pointer goes to the C library, which calls it back,
/// or to the program's own calls through pointers).
class Closure {
public:
  Closure(const std::map<uint64_t, const CodeFacts *> &Regions,
          const RegionMap &Map,
          const std::map<uint64_t, std::string> &Boundaries,
          const std::set<uint64_t> &Resolvers, const std::string &PointerGroup,
          bool AddressesAreCalls = false)
      : Regions(Regions), AddressesAreCalls(AddressesAreCalls) {
    for (const auto &[Start, Facts] : Regions) {
      std::vector<uint64_t> &Out = Edges[Start];
      auto Follow = [&, Start = Start](uint64_t Region) {
        if (auto B = Boundaries.find(Region); B != Boundaries.end())
          Entered[Start].insert(B->second);
        else
          Out.push_back(Region);
      };
      auto FollowTo = [&](uint64_t Target) {
        // The region holding the target: the last start at or before it.
        auto It = Regions.upper_bound(Target);
        if (It != Regions.begin())
          Follow(std::prev(It)->first);
      };
      for (uint64_t Target : Facts->Calls)
        FollowTo(Target);
      // A function handed to one that calls it back (pthread_once,
      // atexit) runs: any this stretch computes, since paths through it may
      // hand over different ones.
      if (AddressesAreCalls || Resolvers.count(Start) || Facts->CallbackCalls)
        for (uint64_t Target : Facts->AddressTaken)
          FollowTo(Target);
      for (uint64_t Target : Facts->CallbackTargets)
        FollowTo(Target);
      // One it was given, or handed over in memory: any the library points
      // to.
      if (Facts->UnknownCallbacks && !PointerGroup.empty())
        Entered[Start].insert(PointerGroup);
      if (Facts->IndirectCalls && !PointerGroup.empty())
        Entered[Start].insert(PointerGroup);
      // A pointer a group's function returned is the group's to call.
      if (!Facts->IndirectIntoGroups.empty())
        Entered[Start].insert(Facts->IndirectIntoGroups.begin(),
                              Facts->IndirectIntoGroups.end());
      // A function that ends in a call ends in a call that does not return
      // (exit, abort, __stack_chk_fail): compilers put nothing after one.
      // Hand-written entry points that run on into the next function
      // (glibc's __memmove_chk into memmove) end otherwise.
      bool EndsInNoReturnCall =
          Facts->EndsWithCall && Map.hasKnownExtent(Start);
      if (Facts->FallsThrough && !EndsInNoReturnCall)
        if (auto Next = Map.next(Start))
          Follow(*Next);
    }
  }

  const FunctionModel &of(uint64_t Start) {
    if (!Index.count(Start))
      visit(Start);
    return Models.at(Component.at(Start));
  }

private:
  void visit(uint64_t V) {
    Index[V] = Low[V] = Counter++;
    Stack.push_back(V);
    OnStack.insert(V);
    for (uint64_t W : Edges[V]) {
      if (!Index.count(W)) {
        visit(W);
        Low[V] = std::min(Low[V], Low[W]);
      } else if (OnStack.count(W)) {
        Low[V] = std::min(Low[V], Index[W]);
      }
    }
    if (Low[V] != Index[V])
      return;
    // V roots a component: its model is its members' facts plus the
    // models of the components they reach (all finished by now).
    FunctionModel Model;
    std::vector<uint64_t> Members;
    uint64_t W;
    do {
      W = Stack.back();
      Stack.pop_back();
      OnStack.erase(W);
      Members.push_back(W);
      Component[W] = V;
    } while (W != V);
    for (uint64_t M : Members) {
      const CodeFacts &F = *Regions.at(M);
      if (auto E = Entered.find(M); E != Entered.end())
        Model.Groups.insert(E->second.begin(), E->second.end());
      Model.Syscalls.insert(F.Syscalls.begin(), F.Syscalls.end());
      Model.Imports.insert(F.Imports.begin(), F.Imports.end());
      if (AddressesAreCalls)
        Model.Imports.insert(F.ImportsTaken.begin(), F.ImportsTaken.end());
      // A pointer read out of another library's data leads into it.
      for (const std::string &Library : F.IndirectIntoLibraries)
        Model.Imports.insert(pointerGroupOf(Library));
      Model.UnknownSyscalls |= F.UnknownSyscalls != 0;
      Model.IndirectCalls |= F.IndirectCalls != 0;
      for (uint64_t Next : Edges[M]) {
        auto C = Component.find(Next);
        if (C == Component.end() || C->second == V)
          continue;
        const FunctionModel &Sub = Models.at(C->second);
        Model.Syscalls.insert(Sub.Syscalls.begin(), Sub.Syscalls.end());
        Model.Imports.insert(Sub.Imports.begin(), Sub.Imports.end());
        Model.Groups.insert(Sub.Groups.begin(), Sub.Groups.end());
        Model.UnknownSyscalls |= Sub.UnknownSyscalls;
        Model.IndirectCalls |= Sub.IndirectCalls;
      }
    }
    Models[V] = std::move(Model);
  }

  const std::map<uint64_t, const CodeFacts *> &Regions;
  bool AddressesAreCalls;
  std::map<uint64_t, std::vector<uint64_t>> Edges;
  /// Region -> the groups it calls into.
  std::map<uint64_t, std::set<std::string>> Entered;
  std::map<uint64_t, unsigned> Index, Low;
  std::map<uint64_t, uint64_t> Component;
  std::map<uint64_t, FunctionModel> Models;
  std::vector<uint64_t> Stack;
  std::set<uint64_t> OnStack;
  unsigned Counter = 0;
};

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
  Model.Path = Path;
  // A checked-in model says which file it was derived from.
  Model.Sha256 = sha256Hex((*Image)->contents());
  Model.Soname = (*Image)->soname();
  Model.Arch = ociArchitecture((*Image)->arch());
  Model.Needed = (*Image)->needed();
  Model.CodeRegions = Regions.size();
  Model.UndecodedBytes = Map.undecodedBytes();
  // The C library and its loader say which release and build they are.
  if (!AsProgram) {
    if (auto Identity = identifyLibrary(Path); !Identity)
      llvm::consumeError(Identity.takeError());
    else if (!Identity->Release.empty())
      Model.Identity = std::move(*Identity);
  }
  std::set<std::string> EnteredOnly;
  if (Groups)
    for (const PathGroup &G : Groups->Groups) {
      GroupModel Group;
      Group.From = G.From;
      Group.EnteredAt = G.EnteredAt;
      Group.NeededFor = G.NeededFor;
      bool Found = false;
      for (const std::string &Name : G.From)
        if (auto Address = (*Image)->exportedAddress(Name)) {
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
  if (AsProgram) {
    FunctionModel &Start = Model.Functions[ProgramStartName];
    mergeFunctionModel(Start, Close.of(*(*Image)->entryPoint()));
    for (uint64_t Target : (*Image)->codePointersInData())
      if (Regions.count(Target))
        mergeFunctionModel(Start, Close.of(Target));
  } else if (!Pointed.empty()) {
    GroupModel &Group = Model.Groups[PointerGroupName];
    for (uint64_t Target : Pointed)
      mergeFunctionModel(Group.Model, Close.of(Target));
    Group.Model.Groups.erase(PointerGroupName);
    Group.PointedTo = Pointed.size();
  }
  // What the loader runs: the constructors when it loads the library, the
  // destructors when the program exits.
  for (const auto &[Name, Functions] :
       {std::pair{ConstructorsName, &(*Image)->constructors()},
        std::pair{DestructorsName, &(*Image)->destructors()}})
    for (uint64_t Address : *Functions)
      if (Regions.count(Address))
        mergeFunctionModel(Model.Functions[Name], Close.of(Address));
  for (const auto &[Address, F] : (*Image)->functions()) {
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
