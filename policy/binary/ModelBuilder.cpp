#include "policy/binary/ModelBuilder.h"

#include "policy/SyscallTable.h"
#include "policy/binary/BinaryImage.h"
#include "policy/binary/CodeScanner.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>

namespace sysprune::policy::binary {

namespace {
/// Splits the code into regions that start at every exported function and
/// every address some code calls or jumps to, and scans each, until no new
/// start appears.
class RegionMap {
public:
  RegionMap(const BinaryImage &Image, const CodeScanner &Scanner)
      : Image(Image), Scanner(Scanner) {
    for (const auto &[Address, F] : Image.functions()) {
      Starts[Address] = F.Size;
      for (const std::string &Name : F.Names)
        if (Name == "syscall" || Name.rfind("syscall@", 0) == 0)
          SyscallFunctions.insert(Address);
    }
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
          Scanned[Key] = Scanner.scan(Image, It->first, End, SyscallFunctions);
        for (uint64_t Target : Scanned[Key].Calls)
          if (!Starts.count(Target) && !Image.codeAt(Target).empty()) {
            Starts[Target] = 0;
            Changed = true;
          }
      }
    }
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
    uint64_t End = It->first + Image.codeAt(It->first).size();
    if (auto Next = std::next(It); Next != Starts.end())
      End = std::min(End, Next->first);
    if (It->second)
      End = std::min(End, It->first + It->second);
    return End;
  }

  const BinaryImage &Image;
  const CodeScanner &Scanner;
  std::map<uint64_t, uint64_t> Starts; // start -> symbol size, 0 if unknown
  std::set<uint64_t> SyscallFunctions;
  std::map<std::pair<uint64_t, uint64_t>, CodeFacts> Scanned;
};

/// Closes facts over the region graph (Tarjan's strongly connected
/// components: every region in a cycle can do what the others do).
class Closure {
public:
  Closure(const std::map<uint64_t, const CodeFacts *> &Regions,
          const RegionMap &Map)
      : Regions(Regions) {
    for (const auto &[Start, Facts] : Regions) {
      std::vector<uint64_t> &Out = Edges[Start];
      for (uint64_t Target : Facts->Calls) {
        // The region holding the target: the last start at or before it.
        auto It = Regions.upper_bound(Target);
        if (It != Regions.begin())
          Out.push_back(std::prev(It)->first);
      }
      // A function that ends in a call ends in a call that does not return
      // (exit, abort, __stack_chk_fail): compilers put nothing after one.
      // Hand-written entry points that run on into the next function
      // (glibc's __memmove_chk into memmove) end otherwise.
      bool EndsInNoReturnCall =
          Facts->EndsWithCall && Map.hasKnownExtent(Start);
      if (Facts->FallsThrough && !EndsInNoReturnCall)
        if (auto Next = Map.next(Start))
          Out.push_back(*Next);
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
      Model.Syscalls.insert(F.Syscalls.begin(), F.Syscalls.end());
      Model.Imports.insert(F.Imports.begin(), F.Imports.end());
      Model.UnknownSyscalls |= F.UnknownSyscalls != 0;
      Model.IndirectCalls |= F.IndirectCalls != 0;
      for (uint64_t Next : Edges[M]) {
        auto C = Component.find(Next);
        if (C == Component.end() || C->second == V)
          continue;
        const FunctionModel &Sub = Models.at(C->second);
        Model.Syscalls.insert(Sub.Syscalls.begin(), Sub.Syscalls.end());
        Model.Imports.insert(Sub.Imports.begin(), Sub.Imports.end());
        Model.UnknownSyscalls |= Sub.UnknownSyscalls;
        Model.IndirectCalls |= Sub.IndirectCalls;
      }
    }
    Models[V] = std::move(Model);
  }

  const std::map<uint64_t, const CodeFacts *> &Regions;
  std::map<uint64_t, std::vector<uint64_t>> Edges;
  std::map<uint64_t, unsigned> Index, Low;
  std::map<uint64_t, uint64_t> Component;
  std::map<uint64_t, FunctionModel> Models;
  std::vector<uint64_t> Stack;
  std::set<uint64_t> OnStack;
  unsigned Counter = 0;
};

std::string ociArchitecture(llvm::Triple::ArchType Arch) {
  return Arch == llvm::Triple::aarch64 ? "SCMP_ARCH_AARCH64"
                                       : "SCMP_ARCH_X86_64";
}
} // namespace

llvm::Expected<BinaryModel> buildBinaryModel(const std::string &Path) {
  auto Image = BinaryImage::open(Path);
  if (!Image)
    return Image.takeError();
  auto Scanner = CodeScanner::create((*Image)->arch());
  if (!Scanner)
    return Scanner.takeError();
  RegionMap Map(**Image, **Scanner);
  Map.discover();
  auto Regions = Map.regions();
  Closure Close(Regions, Map);

  BinaryModel Model;
  Model.Path = Path;
  Model.Soname = (*Image)->soname();
  Model.Arch = ociArchitecture((*Image)->arch());
  Model.Needed = (*Image)->needed();
  Model.CodeRegions = Regions.size();
  Model.UndecodedBytes = Map.undecodedBytes();
  for (const auto &[Address, F] : (*Image)->functions()) {
    const FunctionModel &M = Close.of(Address);
    for (const std::string &Name : F.Names) {
      // "read@@GLIBC_2.2.5" is "read".
      std::string Plain = Name.substr(0, Name.find('@'));
      auto &Slot = Model.Functions[Plain];
      Slot.Syscalls.insert(M.Syscalls.begin(), M.Syscalls.end());
      Slot.Imports.insert(M.Imports.begin(), M.Imports.end());
      Slot.UnknownSyscalls |= M.UnknownSyscalls;
      Slot.IndirectCalls |= M.IndirectCalls;
    }
  }
  return Model;
}

std::string writeBinaryModel(const BinaryModel &Model) {
  using nlohmann::ordered_json;
  auto Table = SyscallTable::forArchitecture(Model.Arch);
  ordered_json Out;
  Out["library"] = Model.Soname;
  Out["architecture"] = Model.Arch;
  Out["needed"] = Model.Needed;
  Out["code_regions"] = Model.CodeRegions;
  Out["undecoded_bytes"] = Model.UndecodedBytes;
  ordered_json Functions = ordered_json::object();
  for (const auto &[Name, F] : Model.Functions) {
    ordered_json Entry;
    std::vector<std::string> Names;
    for (long Nr : F.Syscalls) {
      auto Syscall = Table ? Table->name(static_cast<int>(Nr)) : std::nullopt;
      Names.push_back(Syscall ? *Syscall : "#" + std::to_string(Nr));
    }
    std::sort(Names.begin(), Names.end());
    Entry["syscalls"] = Names;
    Entry["calls"] = F.Imports;
    if (F.UnknownSyscalls)
      Entry["unknown_syscalls"] = true;
    if (F.IndirectCalls)
      Entry["indirect_calls"] = true;
    Functions[Name] = std::move(Entry);
  }
  Out["functions"] = std::move(Functions);
  return Out.dump(1) + "\n";
}

} // namespace sysprune::policy::binary
