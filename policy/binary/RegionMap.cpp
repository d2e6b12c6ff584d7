#include "policy/binary/RegionMap.h"

#include <algorithm>
#include <tuple>

namespace sysprune::policy::binary {

RegionMap::RegionMap(const BinaryImage &Image, const CodeScanner &Scanner,
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

void RegionMap::discover() {
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

void RegionMap::resolveNumberArguments() {
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
          ValueSource Passed = static_cast<size_t>(Slot) < Call.Arguments.size()
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

std::map<uint64_t, const CodeFacts *> RegionMap::regions() const {
  std::map<uint64_t, const CodeFacts *> Out;
  for (auto It = Starts.begin(); It != Starts.end(); ++It)
    Out[It->first] = &Scanned.at({It->first, endOf(It)});
  return Out;
}

std::optional<uint64_t> RegionMap::next(uint64_t Start) const {
  auto It = Starts.upper_bound(Start);
  if (It == Starts.end())
    return std::nullopt;
  return It->first;
}

bool RegionMap::hasKnownExtent(uint64_t Start) const {
  auto It = Starts.find(Start);
  return It != Starts.end() && It->second != 0;
}

size_t RegionMap::undecodedBytes() const {
  size_t N = 0;
  for (auto It = Starts.begin(); It != Starts.end(); ++It)
    N += Scanned.at({It->first, endOf(It)}).UndecodedBytes;
  return N;
}

uint64_t
RegionMap::endOf(std::map<uint64_t, uint64_t>::const_iterator It) const {
  uint64_t End = unboundedEndOf(It);
  if (It->second)
    End = std::min(End, It->first + It->second);
  return End;
}

uint64_t RegionMap::unboundedEndOf(
    std::map<uint64_t, uint64_t>::const_iterator It) const {
  uint64_t End = It->first + Image.codeAt(It->first).size();
  if (auto Next = std::next(It); Next != Starts.end())
    End = std::min(End, Next->first);
  return End;
}

} // namespace sysprune::policy::binary
