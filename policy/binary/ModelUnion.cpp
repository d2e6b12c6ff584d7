// The union of the models of several builds of one library: what a policy
// must allow for a program that may run with any of them.

#include "policy/binary/ModelUnion.h"

#include <llvm/ADT/STLExtras.h>
#include <llvm/ADT/StringExtras.h>

#include <algorithm>

namespace sysprune::policy::binary {

namespace {
/// Appends what \p From has that \p Into has not, keeping the order.
void addNames(std::vector<std::string> &Into,
              const std::vector<std::string> &From) {
  for (const std::string &Name : From)
    if (!llvm::is_contained(Into, Name))
      Into.push_back(Name);
}

/// "2.31" before "2.36" before "2.41": by each number, not as text.
bool releaseBefore(llvm::StringRef A, llvm::StringRef B) {
  while (!A.empty() || !B.empty()) {
    auto [AHead, ARest] = A.split('.');
    auto [BHead, BRest] = B.split('.');
    unsigned AN = 0, BN = 0;
    bool ANumber = !AHead.getAsInteger(10, AN);
    bool BNumber = !BHead.getAsInteger(10, BN);
    if (ANumber && BNumber && AN != BN)
      return AN < BN;
    if (!(ANumber && BNumber) && AHead != BHead)
      return AHead < BHead;
    A = ARest;
    B = BRest;
  }
  return false;
}

/// The identities of the builds as one: every release (in order, separated
/// by spaces) and every build; no build-id, as no one file is meant.
std::optional<CLibraryIdentity>
unionIdentity(const std::vector<BinaryModel> &Builds) {
  std::vector<std::string> Releases, Names;
  for (const BinaryModel &B : Builds) {
    if (!B.Identity)
      return std::nullopt;
    for (llvm::StringRef Release :
         llvm::split(llvm::StringRef(B.Identity->Release), ' '))
      if (!Release.empty() && !llvm::is_contained(Releases, Release))
        Releases.push_back(Release.str());
    if (!B.Identity->Build.empty() &&
        !llvm::is_contained(Names, B.Identity->Build))
      Names.push_back(B.Identity->Build);
  }
  std::sort(Releases.begin(), Releases.end(),
            [](const std::string &A, const std::string &B) {
              return releaseBefore(A, B);
            });
  return CLibraryIdentity{Builds.front().Identity->Soname,
                          llvm::join(Releases, " "), "",
                          llvm::join(Names, "; ")};
}
} // namespace

void mergeFunctionModel(FunctionModel &Into, const FunctionModel &From) {
  Into.Syscalls.insert(From.Syscalls.begin(), From.Syscalls.end());
  Into.Imports.insert(From.Imports.begin(), From.Imports.end());
  Into.Groups.insert(From.Groups.begin(), From.Groups.end());
  Into.UnknownSyscalls |= From.UnknownSyscalls;
  Into.IndirectCalls |= From.IndirectCalls;
}

llvm::Expected<BinaryModel>
unionOfBuilds(const std::vector<BinaryModel> &Builds) {
  if (Builds.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "no models to unite");
  BinaryModel Out;
  Out.Soname = Builds.front().Soname;
  Out.Arch = Builds.front().Arch;
  for (const BinaryModel &B : Builds) {
    if (B.Soname != Out.Soname || B.Arch != Out.Arch)
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          "models of different libraries cannot be united: " + Out.Soname +
              " (" + Out.Arch + ") and " + B.Soname + " (" + B.Arch + ")");
    addNames(Out.Needed, B.Needed);
    if (B.UnionOf.empty())
      addNames(Out.UnionOf, {B.Sha256});
    else
      addNames(Out.UnionOf, B.UnionOf);
    Out.CodeRegions = std::max(Out.CodeRegions, B.CodeRegions);
    Out.UndecodedBytes = std::max(Out.UndecodedBytes, B.UndecodedBytes);
    for (const auto &[Name, F] : B.Functions)
      mergeFunctionModel(Out.Functions[Name], F);
    for (const auto &[Name, G] : B.Groups) {
      auto [It, New] = Out.Groups.try_emplace(Name, G);
      if (New)
        continue;
      GroupModel &Into = It->second;
      mergeFunctionModel(Into.Model, G.Model);
      addNames(Into.From, G.From);
      addNames(Into.EnteredAt, G.EnteredAt);
      // Needed by every program that reaches it, in any build: in all.
      if (G.NeededFor.empty())
        Into.NeededFor.clear();
      else if (!Into.NeededFor.empty())
        addNames(Into.NeededFor, G.NeededFor);
      Into.PointedTo = std::max(Into.PointedTo, G.PointedTo);
    }
  }
  Out.Identity = unionIdentity(Builds);
  return Out;
}

} // namespace sysprune::policy::binary
