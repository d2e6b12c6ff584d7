#include "policy/binary/Closure.h"

#include <algorithm>

namespace sysprune::policy::binary {

Closure::Closure(const std::map<uint64_t, const CodeFacts *> &Regions,
                 const RegionMap &Map,
                 const std::map<uint64_t, std::string> &Boundaries,
                 const std::set<uint64_t> &Resolvers,
                 const std::string &PointerGroup, bool AddressesAreCalls)
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
    bool EndsInNoReturnCall = Facts->EndsWithCall && Map.hasKnownExtent(Start);
    if (Facts->FallsThrough && !EndsInNoReturnCall)
      if (auto Next = Map.next(Start))
        Follow(*Next);
  }
}

const FunctionModel &Closure::of(uint64_t Start) {
  if (!Index.count(Start))
    visit(Start);
  return Models.at(Component.at(Start));
}

void Closure::visit(uint64_t V) {
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

} // namespace sysprune::policy::binary
