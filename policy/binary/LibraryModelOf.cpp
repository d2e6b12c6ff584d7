#include "policy/binary/LibraryModelOf.h"

#include "policy/binary/ModelBuilder.h"
#include "policy/core/SyscallTable.h"

#include <map>
#include <set>

namespace sysprune::policy::binary {

namespace {
/// What \p F does with the groups it enters, transitively, except the
/// groups needed only by programs that call certain functions (NeededFor):
/// those go to those functions instead (see libraryModelOf).
void flattenGroups(const FunctionModel &F, const BinaryModel &Binary,
                   std::set<long> &Numbers, std::set<std::string> &Imports) {
  Numbers.insert(F.Syscalls.begin(), F.Syscalls.end());
  Imports.insert(F.Imports.begin(), F.Imports.end());
  std::vector<std::string> Pending(F.Groups.begin(), F.Groups.end());
  std::set<std::string> Seen(Pending.begin(), Pending.end());
  while (!Pending.empty()) {
    auto G = Binary.Groups.find(Pending.back());
    Pending.pop_back();
    if (G == Binary.Groups.end() || !G->second.NeededFor.empty())
      continue;
    const FunctionModel &Group = G->second.Model;
    Numbers.insert(Group.Syscalls.begin(), Group.Syscalls.end());
    Imports.insert(Group.Imports.begin(), Group.Imports.end());
    for (const std::string &Next : Group.Groups)
      if (Seen.insert(Next).second)
        Pending.push_back(Next);
  }
}
} // namespace

LibraryModel libraryModelOf(const BinaryModel &Binary) {
  auto Table = SyscallTable::forArchitecture(Binary.Arch);
  std::map<std::string, std::pair<std::set<long>, std::set<std::string>>> Flat;
  for (const auto &[Function, F] : Binary.Functions)
    flattenGroups(F, Binary, Flat[Function].first, Flat[Function].second);
  // Other libraries' code calls through pointers it read out of this one's
  // data under this name.
  if (auto Pointers = Binary.Groups.find("@indirect");
      Pointers != Binary.Groups.end()) {
    auto &[Numbers, Imports] = Flat[pointerGroupOf(Binary.Soname)];
    flattenGroups(Pointers->second.Model, Binary, Numbers, Imports);
  }
  // A group needed only by programs that call one of its NeededFor
  // functions (glibc's unwinding of a cancelled thread: pthread_cancel,
  // pthread_exit) is what those functions do: every program that can take
  // the path calls one of them.
  for (const auto &[Name, G] : Binary.Groups)
    for (const std::string &Function : G.NeededFor)
      if (auto It = Flat.find(Function); It != Flat.end())
        flattenGroups(G.Model, Binary, It->second.first, It->second.second);
  std::map<std::string, std::vector<ModelSyscall>> Functions;
  std::map<std::string, std::vector<std::string>> FunctionImports;
  for (const auto &[Function, Facts] : Flat) {
    const auto &[Numbers, Imports] = Facts;
    std::vector<ModelSyscall> &Syscalls = Functions[Function];
    for (long Nr : Numbers)
      if (auto Name = Table ? Table->name(static_cast<int>(Nr)) : std::nullopt)
        Syscalls.push_back({*Name, std::nullopt});
    FunctionImports[Function].assign(Imports.begin(), Imports.end());
  }
  return LibraryModel::fromFunctions(Binary.Soname, std::move(Functions),
                                     std::move(FunctionImports));
}

} // namespace sysprune::policy::binary
